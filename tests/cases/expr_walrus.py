# Assignment expressions (:=).
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
vals = [y for x in data if (y := x * 2) > 6]
print(vals, y)
it = iter([1, 2, 3, 0, 5])
while (v := next(it)) != 0:
    print("got", v)
print((a := 5) + a)
print([last := i for i in range(4)], last)
def f():
    total = 0
    [total := total + i for i in range(5)]
    return total
print(f())
print(any((hit := x) > 7 for x in data), hit)
