# The cycle collector: groups of objects that refer to each other are freed by
# gc.collect(), with weak-reference callbacks first, then __del__ on intact objects.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print("del", self.name, "peer", self.peer.name if self.peer else None)


def pair():
    a, b = Node("a"), Node("b")
    a.peer, b.peer = b, a
    return weakref.ref(a, lambda r: print("callback, ref dead:", r() is None))


gc.collect()
r = pair()
print("alive before collect:", r() is not None)
print("found garbage:", gc.collect() >= 2)
print("alive after collect:", r() is not None)

# A list that contains itself, a dict that contains itself.
lst = []
lst.append(lst)
d = {}
d["self"] = d
wl = [weakref.ref(Node("x"))]
del lst, d
print("self-containers:", gc.collect() >= 2)


# A recursive closure: the function refers to itself through its cell.
def make_counter():
    def count(n):
        return 0 if n == 0 else 1 + count(n - 1)
    return count


class Box:
    pass


b = Box()
b.f = make_counter()
print("closure works:", b.f(5))
wb = weakref.ref(b)
b.me = b
del b
gc.collect()
print("box freed:", wb() is None)


# A class made at run time refers to itself (its MRO, methods using super()).
def make_class(i):
    class Local(Box):
        def hello(self):
            return super().__class__.__name__ + str(i)
    return Local


C = make_class(1)
print(C().hello())
wc = weakref.ref(C)
del C
gc.collect()
print("class freed:", wc() is None)


# An exception keeps the frame that caught it through its traceback.
class Keeper:
    def __init__(self):
        try:
            raise ValueError("kept")
        except ValueError as e:
            self.error = e
        self.frame_locals_keep_me = self


def keep():
    k = Keeper()
    return weakref.ref(k)


wk = keep()
print("keeper alive before:", wk() is not None)
gc.collect()
print("keeper freed:", wk() is None)


# A generator suspended in a try block runs its finally when its cycle is collected.
def worker():
    try:
        yield "started"
        yield "never"
    finally:
        print("worker finally")


h = Box()
h.gen = worker()
print(next(h.gen))
h.me = h
del h
gc.collect()
print("after generator")

# Resurrection: __del__ stores the object somewhere reachable; it is not freed, and
# __del__ does not run a second time.
saved = []


class Phoenix:
    def __del__(self):
        print("phoenix __del__")
        saved.append(self)


p = Phoenix()
p.me = p
del p
gc.collect()
print("resurrected:", len(saved), type(saved[0]).__name__)
saved[0].me = None
saved.clear()
gc.collect()
print("second death is silent")

# A reachable cycle is left alone.
keep_me = Node("kept")
keep_me.peer = keep_me
gc.collect()
print("still reachable:", keep_me.peer.name)
keep_me.peer = None

# Cyclic garbage made in a loop does not pile up: automatic collections free it.
for i in range(30000):
    x = Box()
    x.me = x
del x
print("tracked objects stay bounded:", len(gc.get_objects()) < 20000)

# Callbacks see the phases.
events = []
gc.callbacks.append(lambda phase, info: events.append((phase, sorted(info))))
gc.collect()
gc.callbacks.clear()
print(events)
print("end")
