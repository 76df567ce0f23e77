# __str__ and __repr__ may return an instance of a str subclass: its text is used
# everywhere a str is needed (str(), repr(), f-strings, %-formatting, containers, print).
class Text(str):
    def shout(self):
        return self.upper() + "!"


class Named:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return Text(self.name)

    def __repr__(self):
        return Text(f"Named({self.name!r})")


n = Named("ada")
print(str(n), repr(n))
print(f"{n} / {n!r}", "%s and %r" % (n, n), format(n))
print([n, n], {"k": n}, (n,))
print(str(n).upper(), len(repr(n)), str(n) == "ada", repr(n) == "Named('ada')")


class Bad:
    def __str__(self):
        return 42

    def __repr__(self):
        return b"bytes"


for f in (str, repr, lambda o: f"{o}", lambda o: "%s" % o):
    try:
        f(Bad())
    except TypeError as e:
        print("TypeError", e)
