# Builtin types' __new__ without __init__, and types Python code cannot instantiate.
import sys


def f():
    pass


def g():
    yield 1


async def co():
    pass


c = co()
c.close()


class C:
    def m(self):
        pass


cm = classmethod.__new__(classmethod)
print(type(cm).__name__, cm.__func__, cm.__wrapped__)
sm = staticmethod.__new__(staticmethod, f)
print(type(sm).__name__, sm.__func__)
s = super.__new__(super)
print(type(s).__name__, repr(s), s.__thisclass__, s.__self__, s.__self_class__)
try:
    s.anything
except AttributeError as e:
    print('AttributeError', e)
print(repr(super.__new__(super, C, C())))
p = property.__new__(property)
print(type(p).__name__, p.fget, p.__doc__)
makers = [
    ('code', lambda: type(f.__code__)()),
    ('code3', lambda: type(f.__code__)(1, 2, 3)),
    ('frame', lambda: type(sys._getframe())()),
    ('generator', lambda: type(g())()),
    ('coroutine', lambda: type(c)()),
    ('builtin', lambda: type(len)()),
    ('method-wrapper', lambda: type((1).__add__)()),
    ('function', lambda: type(f)()),
    ('list_iterator', lambda: type(iter([]))()),
    ('dict_keys', lambda: type({}.keys())()),
    ('getset', lambda: type(int.__dict__['real'])()),
    ('member', lambda: type(type.__dict__['__mro__'])()),
    ('wrapper_descriptor', lambda: type(int.__add__)()),
    ('method_descriptor', lambda: type(str.join)()),
    ('method', lambda: type(C().m)()),
    ('module', lambda: type(sys)()),
    ('mappingproxy', lambda: type(type.__dict__)()),
    ('NoneType', lambda: type(None)()),
    ('NotImplementedType', lambda: type(NotImplemented)()),
    ('ellipsis', lambda: type(...)()),
    ('range_iterator', lambda: type(iter(range(3)))()),
    ('reversed', lambda: type(reversed([]))()),
]
for name, make in makers:
    try:
        r = make()
        print(name, 'made', repr(r))
    except TypeError as e:
        print(name, 'TypeError', e)
m = type(sys)('mymod', 'doc')
print(m.__name__, m.__doc__)
try:
    type(sys)('a', 'b', 'c')
except TypeError as e:
    print('TypeError', e)
