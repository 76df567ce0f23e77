# A keyword sub-pattern may name an attribute only once.
class Point:
    x = 0


match Point():
    case Point(x=0, x=1):
        pass
