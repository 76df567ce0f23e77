# Slices whose bounds or source run Python code that resizes the list being sliced: the
# slice is fitted to the list as it is once that code has run.
M = list(range(10))


class Shrinks:
    def __index__(self):
        del M[5:]
        return 8


print(M[1:Shrinks()], M)
M = list(range(10))
try:
    M[::0] = iter(print("iterated") or [])
except ValueError as e:
    print("ValueError", e)
M[1:Shrinks()] = "ab"
print(M)
M = list(range(10))
M[Shrinks():1:-1] = "abc"
print(M)

L = list(range(10))


def clears_then_yields():
    del L[:]
    yield 1


L[3:8] = clears_then_yields()
print(L)

L = list(range(10))


def grows_then_yields():
    L.extend("xy")
    yield "a"
    yield "b"


L[2:4] = grows_then_yields()
print(L)

L = list(range(6))
L[::2] = "xyz"
print(L)
for bad in ("xy", 5):
    try:
        L[::2] = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    L[1:2] = 5
except TypeError as e:
    print("TypeError", e)
print(L[::-2], L[-100:100:3], L[5:1:-1])
t = tuple(range(8))
print(t[Shrinks():], t[::-3], t[Shrinks():2:-2])

B = bytearray(b"abcdefgh")


class ShrinksBytes:
    def __index__(self):
        del B[2:]
        return 5


print(B[1:ShrinksBytes()], B)
B[:] = b"abcdefgh"
try:
    B[:: ShrinksBytes()] = b"xyz"
except ValueError as e:
    print("ValueError", e)
B[:] = b"abcdefgh"
B[ShrinksBytes():] = b"XY"
print(B)
B[:] = b"abcdefgh"
del B[1 : ShrinksBytes()]
print(B)
L = list(range(8))


class ShrinksList:
    def __index__(self):
        del L[3:]
        return 6


del L[1 : ShrinksList()]
print(L)
