def resource(n):
    try:
        yield 1
    finally:
        print("close", n)
g = resource(1); next(g)
g = None
print("after reassign")
h = resource(2); next(h)
def f():
    k = resource(3); next(k)
    print("in f")
f()
print("after f")
def gen_list():
    try:
        yield "x"
    finally:
        print("list member closed")
items = [gen_list()]
next(items[0])
def drop_list():
    global items
    items = None
drop_list()
print("end")
