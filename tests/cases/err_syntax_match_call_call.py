# A class pattern called again: CPython's parser stops at the second call's parenthesis.
point = (1, 2)
match point:
    case (0, 0):
        print("origin")
    case Point.make(1)():
        print("never")
