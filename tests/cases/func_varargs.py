# *args collects extra positional arguments as a tuple.
def f(a, *args):
    return a, args

print(f(1))
print(f(1, 2, 3))
print(f(*range(4)))

def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s

print(total(), total(1), total(1, 2, 3, 4))
print(type(f(1, 2)[1]).__name__)

def mixed(a, b=2, *rest, c):
    return a, b, rest, c
print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=8))
args = [10, 20]
print(total(*args, 5, *args))
