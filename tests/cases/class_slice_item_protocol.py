# Slices reaching __getitem__/__setitem__/__delitem__, slice.indices, and a sequence class
# that implements extended slicing on top of a list.
class Recorder:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)

r = Recorder()
print(r[1], r[1:2], r[:], r[::2], r[-1:], r[1:2:3], r[None:None])
print(r[1, 2], r[1:2, 3], r[...], r[:, None], r["a":"b"])
r[1:3] = "xy"
r[::-1] = [1]
r[1:2, ::3] = 0
del r[:4]
del r[::2, 1]

s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s, repr(slice(None)), slice(5), slice(1, 2))
for length in (0, 3, 8, 20):
    print(length, slice(1, 10, 2).indices(length), slice(None, None, -1).indices(length),
          slice(-3, None).indices(length), slice(-100, 100, 3).indices(length))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(0, 1).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))

class Index:
    def __index__(self):
        return 2
print([0, 1, 2, 3, 4][Index():], "abcdef"[Index()::Index()], (1, 2, 3)[Index()])

class Vector:
    def __init__(self, items):
        self._items = list(items)
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return "Vector(%r)" % self._items
    def __getitem__(self, key):
        if isinstance(key, slice):
            return Vector(self._items[key])
        if isinstance(key, tuple):
            return tuple(self[k] for k in key)
        try:
            return self._items[key]
        except IndexError:
            raise IndexError("Vector index %r out of range" % (key,)) from None
        except TypeError:
            raise TypeError("Vector indices must be integers or slices, not %s" % type(key).__name__) from None
    def __setitem__(self, key, value):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self))
            self._items[key] = value
        else:
            self._items[key] = value
    def __delitem__(self, key):
        del self._items[key]

v = Vector(range(10))
print(v[2:5], v[::3], v[-2:], v[::-2], v[1, -1, 3:5])
v[1:3] = ["a", "b", "c"]
print(v, len(v))
v[::4] = [None] * len(range(*slice(None, None, 4).indices(len(v))))
print(v)
try:
    v[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
del v[::3]
print(v)
del v[-1]
print(v)
for bad in (100, "x", 1.5):
    try:
        v[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

# built-in sequences with odd slices
data = list(range(8))
print(data[10:], data[-10:2], data[5:2], data[5:2:-1], data[::-3], data[-1:-9:-2])
print("hello"[10:20], "hello"[::-1][1:4], (1, 2, 3)[::-1], range(10)[2:8:3], b"bytes"[1::2])
print(range(10)[::-1][2], range(0, 20, 3)[-2:], list(range(10)[1::4]))
