# An invalid expression inside an f-string is compiled on its own as "(a b)": the error
# shows that text, on the line where the expression starts.
print("never printed")
a = b = 1
text = (f"first {a}"
        f"second {a b}")
print(text)
