# type.__dict__ and other builtin types' dicts hold getset/member descriptors.
import sys

d = type.__dict__
for k in ['__name__', '__qualname__', '__doc__', '__module__', '__bases__', '__mro__',
          '__dict__', '__base__', '__annotations__', '__abstractmethods__', '__text_signature__']:
    print(k, d[k], type(d[k]).__name__)
print(d['__name__'].__get__(int), d['__qualname__'].__get__(dict), d['__module__'].__get__(int))
print(d['__mro__'].__get__(bool), d['__bases__'].__get__(bool), d['__base__'].__get__(bool))
print(d['__name__'].__objclass__, d['__name__'].__name__, d['__name__'].__qualname__)

class A:
    pass

class B(A):
    "bdoc"
    x: int = 1

class C(B):
    pass

print(d['__doc__'].__get__(B), d['__module__'].__get__(B), d['__annotations__'].__get__(B))
print(C.__annotations__, C.__dict__['__annotations__'], C.__doc__)
d['__name__'].__set__(B, 'BB')
print(B.__name__, B.__qualname__, B)
d['__qualname__'].__set__(B, 'Outer.BB')
print(B.__qualname__, B.__name__)
d['__doc__'].__set__(B, 'new doc')
print(B.__doc__)
for bad in [lambda: d['__name__'].__set__(int, 'x'),
            lambda: d['__name__'].__set__(B, 3),
            lambda: d['__mro__'].__set__(B, ()),
            lambda: d['__dict__'].__set__(B, {}),
            lambda: d['__name__'].__get__(3),
            lambda: d['__name__'].__delete__(B),
            lambda: d['__annotations__'].__get__(int),
            lambda: d['__abstractmethods__'].__get__(type),
            lambda: d['__module__'].__set__(str, 'm')]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

class M(type):
    def __getattr__(cls, n):
        return 'ga:' + n

class K(metaclass=M):
    def mro(self):
        return 0
    "kdoc"

print(K.__abstractmethods__, K.__name__, K.__doc__, K.__module__, K.zzz)
print(type.__name__, type.__module__, type.__qualname__, int.__module__)
print('__name__' in vars(type), sorted(k for k in vars(type) if k.startswith('__m')))

# Other types: the attributes computed natively are descriptors in their dicts.
def f(a, b=2):
    return a
def g():
    yield 1
slots = [(type(f), ['__name__', '__qualname__', '__code__', '__defaults__', '__globals__',
                    '__closure__', '__doc__', '__module__', '__dict__', '__annotations__']),
         (type(f.__code__), ['co_name', 'co_argcount', 'co_varnames', 'co_flags']),
         (slice, ['start', 'stop', 'step']), (range, ['start', 'stop', 'step']),
         (type(sys), ["__dict__"]), (type(K().mro), ["__func__", "__self__"]),
         (classmethod, ['__func__', '__wrapped__', '__isabstractmethod__']),
         (staticmethod, ['__func__', '__wrapped__']),
         (super, ['__thisclass__', '__self__', '__self_class__']),
         (BaseException, ['args', '__cause__', '__context__', '__traceback__',
                          '__suppress_context__', '__dict__']),
         (type(g()), ['gi_code', 'gi_frame', 'gi_running', 'gi_suspended', 'gi_yieldfrom']),
         (type(sys._getframe()), ['f_back', 'f_code', 'f_lineno', 'f_locals', 'f_trace_lines']),
         (property, ['fget', '__doc__']), (memoryview, ['nbytes', 'readonly', 'shape']),
         (type({}.keys()), ['mapping'])]
for T, names in slots:
    print(T.__name__, [(n, type(vars(T)[n]).__name__) for n in names])
FT = type(f)
print(FT.__dict__['__name__'].__get__(f), FT.__dict__['__defaults__'].__get__(f))
FT.__dict__['__name__'].__set__(f, 'renamed')
print(f.__name__, f.__qualname__)
print(slice.__dict__['stop'].__get__(slice(1, 9)), range.__dict__['step'].__get__(range(0, 9, 3)))
e = ValueError(1, 2)
print(BaseException.__dict__['args'].__get__(e))
BaseException.__dict__['args'].__set__(e, [5])
print(e.args, repr(e))
for name in ['args', '__cause__', '__traceback__', '__suppress_context__', '__dict__']:
    try:
        delattr(e, name)
    except TypeError as err:
        print(name, err)
try:
    slice(1).start = 2
except AttributeError as err:
    print(err)
p = property(lambda s: 1, doc='pd')
print(p.__doc__, property.__dict__['__doc__'])
p.__doc__ = 'changed'
print(p.__doc__)
del p.__doc__
print(p.__doc__)
def outer():
    v = 1
    def inner():
        return v
    return inner.__closure__[0]
cell = outer()
CT = type(cell)
print(CT.__dict__['cell_contents'], CT.__dict__['cell_contents'].__get__(cell))
cell.cell_contents = 7
print(cell.cell_contents)
del cell.cell_contents
try:
    cell.cell_contents
except ValueError as err:
    print('ValueError', err)
try:
    hash(cell)
except TypeError as err:
    print('TypeError', err, CT.__dict__['__hash__'])
