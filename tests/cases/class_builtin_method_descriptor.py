# A builtin type's method stored in a class under another name binds only to instances of
# that type (or a subclass); otherwise access itself raises, as in CPython.


class B:
    upper = str.upper
    length = str.__len__
    append = list.append
    get = dict.get
    hello = object.__repr__
    fromkeys = dict.fromkeys
    sizeof = object.__sizeof__


b = B()
for name in ("upper", "length", "append", "get"):
    try:
        getattr(b, name)
        print(name, "bound")
    except TypeError as e:
        print(name, type(e).__name__, e)
print(b.hello().startswith("<__main__.B object"), type(b.sizeof()).__name__)
print(b.fromkeys("ab"), B.fromkeys([1], 0))
print(B.upper("abc"), B.length("abcd"), B.__dict__["upper"] is str.upper)
try:
    B.upper(b)
except TypeError as e:
    print(type(e).__name__, e)


class S(str):
    shout = str.upper
    count_list = list.count


s = S("hey")
print(s.shout(), s.upper(), type(s.shout).__name__)
try:
    s.count_list
except TypeError as e:
    print(type(e).__name__, e)


class L(list):
    push = list.append
    size = list.__len__


items = L()
items.push(1)
items.push(2)
print(items, items.size(), L.push)


class Err(Exception):
    tb = BaseException.with_traceback


print(Err("x").tb(None).args)

for descriptor, obj in ((str.upper, 5), (list.__len__, "s"), (dict.keys, [])):
    try:
        descriptor.__get__(obj)
    except TypeError as e:
        print(type(e).__name__, e)
print(str.upper.__get__("abc")(), str.upper.__get__(None, str) is str.upper)


class WithSuper(list):
    def append(self, x):
        super().append(x * 10)


w = WithSuper()
w.append(3)
print(w)
