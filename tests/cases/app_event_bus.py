# An event bus holding its handlers weakly (weakref.ref / WeakMethod with a cleanup
# callback), as GUI and plugin code does: a listener's __del__ runs before the bus hears
# that its handler died, and at exit the dying bus calls no callbacks.
import gc
import weakref
from functools import partial, wraps


class Event:
    def __init__(self, name):
        self.name = name
        self._handlers = []

    def subscribe(self, fn):
        if hasattr(fn, "__self__"):
            ref = weakref.WeakMethod(fn, self._cleanup)
        else:
            ref = weakref.ref(fn, self._cleanup)
        self._handlers.append(ref)
        return fn

    def _cleanup(self, ref):
        print(f"  [{self.name}] handler collected")
        self._handlers.remove(ref)

    def fire(self, *args, **kw):
        results = []
        for r in list(self._handlers):
            fn = r()
            if fn is not None:
                results.append(fn(*args, **kw))
        return results

    def __len__(self):
        return len(self._handlers)


def logged(fn):
    @wraps(fn)
    def inner(self, *a, **k):
        print(f"  call {fn.__name__}{a}{' ' + str(k) if k else ''}")
        return fn(self, *a, **k)
    return inner


class Listener:
    def __init__(self, tag):
        self.tag = tag
        self.seen = []

    @logged
    def on_event(self, value, *, extra=None):
        self.seen.append(value)
        return f"{self.tag}:{value}:{extra}"

    def __del__(self):
        print(f"  Listener {self.tag} deleted")


ev = Event("click")
l1, l2 = Listener("a"), Listener("b")
ev.subscribe(l1.on_event)
ev.subscribe(l2.on_event)


def plain(v, extra=None):
    return f"plain {v}"


ev.subscribe(plain)
print(ev.fire(1), len(ev))
print(ev.fire(2, extra="x"))
del l2                      # __del__ first, then the bus's callback
print(len(ev), ev.fire(3))
del plain
gc.collect()
print(len(ev), ev.fire(4))
print(l1.seen, Listener.on_event.__name__, Listener.on_event.__wrapped__.__qualname__)

# A weakly held value cache of nodes.
class Node:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Node({self.n})"

    def __del__(self):
        print(f"  {self!r} freed")


cache = weakref.WeakValueDictionary()
nodes = [Node(i) for i in range(4)]
for n in nodes:
    cache[n.n] = n
del n
print(sorted(cache.keys()), len(cache))
del nodes[1:3]
print(sorted(cache.keys()), cache.get(0), cache.get(1))
watch = weakref.ref(nodes[0], lambda r: print("  watcher: node 0 gone"))
p = partial(Listener, "p")
obj = p()
print(obj.tag, p.func.__name__, p.args, p.keywords)
del obj
del nodes
print(len(cache), watch())
watch = weakref.ref(l1, lambda r: print("  watcher: l1 gone"))
print("end")           # at exit: l1 dies; neither the bus's nor the watcher's callback runs
