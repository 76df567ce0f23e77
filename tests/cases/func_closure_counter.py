# Closures keep their own state.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1())
print(c2(), c2())
print(c1())

def make_acc(start):
    total = [start]
    def add(x):
        total[0] += x
        return total[0]
    return add
acc = make_acc(100)
print(acc(10), acc(-50))

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()
print(outer()())
print(c1.__closure__ is not None, len(c1.__closure__))
print(c1.__closure__[0].cell_contents)
