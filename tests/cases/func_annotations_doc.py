# Function annotations, docstrings, __name__ and __qualname__.
def area(w: float, h: float = 1.0) -> float:
    """Return the area of a rectangle."""
    return w * h

print(area(2, 3), area.__name__, area.__qualname__)
print(area.__doc__)
print(area.__annotations__)
print(area.__defaults__)
class K:
    def method(self, x: int) -> str:
        "method doc"
        return str(x)
    def outer(self):
        def inner():
            pass
        return inner
print(K.method.__qualname__, K.method.__doc__, K.method.__annotations__)
print(K().outer().__qualname__)
lam = lambda: None
print(lam.__name__, lam.__doc__)
def no_doc():
    x = "not a docstring"
print(no_doc.__doc__)
