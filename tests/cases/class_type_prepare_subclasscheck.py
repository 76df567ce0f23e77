# type.__prepare__, type.__subclasscheck__, type.__dir__ and function.__builtins__.
print(type.__prepare__('X', ()), type.__prepare__('X', (int,), metaclass=type, extra=1))
print(type(vars(type)['__prepare__']).__name__, type(vars(type)['__subclasscheck__']).__name__)
print(int.__subclasscheck__(bool), type.__subclasscheck__(int, bool), str.__subclasscheck__(int))
try:
    type.__subclasscheck__(int, 3)
except TypeError as e:
    print('TypeError', e)
try:
    int.__subclasscheck__()
except TypeError as e:
    print('TypeError', e)


class Meta(type):
    calls = []

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        Meta.calls.append((name, sorted(kw)))
        return super().__prepare__(name, bases, **kw)

    def __subclasscheck__(cls, sub):
        return sub is int or super().__subclasscheck__(sub)


class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)


class A(Base, metaclass=Meta, flag=1):
    pass


class B(A):
    pass


print(Meta.calls, issubclass(int, A), issubclass(B, A), issubclass(str, A))
print('x' in type.__dir__(A) or 'mro' in type.__dir__(A), '__init_subclass__' in type.__dir__(A))


def f():
    return len


print(f.__builtins__ is __builtins__.__dict__, type(type(f).__dict__['__builtins__']).__name__)
g = {}
exec('def h(): return 1', g)
print(g['h'].__builtins__ is __builtins__.__dict__)
custom = {'len': len}
exec('def k(): return len', {'__builtins__': custom}, g)
print(g['k'].__builtins__ is custom, g['k']() is len)
