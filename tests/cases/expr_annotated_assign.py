# Annotated assignments.
x: int = 5
print(x)
y: list[int] = []
y.append(1)
print(y)
z: str
print("z" in dir())
print(__annotations__)
class P:
    a: int = 1
    b: str
print(P.a, hasattr(P, "b"), P.__annotations__)
def f():
    q: int = 3
    r: float
    return q
print(f())
