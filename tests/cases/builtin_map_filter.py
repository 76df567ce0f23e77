# map and filter are lazy iterators.
print(list(map(str, [1, 2, 3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", [], [0], None])))
print(list(filter(lambda x: x % 2, range(10))))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
def loud(x):
    print("mapping", x)
    return x
lazy = map(loud, [1, 2])
print("nothing mapped yet")
print(list(lazy))
print(sum(map(int, "12345")), "".join(filter(str.isalpha, "a1b2c3")))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
