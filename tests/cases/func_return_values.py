# Return values: none, multiple, early return.
def nothing():
    pass

def bare():
    return

def pair():
    return 1, 2

def sign(x):
    if x < 0:
        return -1
    elif x == 0:
        return 0
    return 1

print(nothing(), bare())
print(pair(), type(pair()).__name__)
a, b = pair()
print(a + b)
print([sign(x) for x in (-5, 0, 5)])

def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return -1
print(find([4, 5, 6], 6), find([4, 5, 6], 7))
