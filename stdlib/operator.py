"""Python's operators as functions (`operator.add(a, b)` is `a + b`), plus itemgetter,
attrgetter and methodcaller (tote's own implementation)."""

__all__ = ["abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf",
           "delitem", "eq", "floordiv", "ge", "getitem", "gt", "iadd", "iand",
           "iconcat", "ifloordiv", "ilshift", "imatmul", "imod", "imul", "index",
           "indexOf", "inv", "invert", "ior", "ipow", "irshift", "is_", "is_not", "isub",
           "itemgetter", "itruediv", "ixor", "le", "length_hint", "lshift", "lt", "matmul",
           "methodcaller", "mod", "mul", "ne", "neg", "not_", "or_", "pos", "pow",
           "rshift", "setitem", "sub", "truediv", "truth", "xor"]

import sys as _sys

_builtin_abs = abs


# Comparisons.

def lt(a, b, /):
    return a < b


def le(a, b, /):
    return a <= b


def eq(a, b, /):
    return a == b


def ne(a, b, /):
    return a != b


def ge(a, b, /):
    return a >= b


def gt(a, b, /):
    return a > b


# Truth and identity.

def not_(a, /):
    return not a


def truth(a, /):
    return True if a else False


def is_(a, b, /):
    return a is b


def is_not(a, b, /):
    return a is not b


# Arithmetic and bitwise operators.

def abs(a, /):
    return _builtin_abs(a)


def add(a, b, /):
    return a + b


def and_(a, b, /):
    return a & b


def floordiv(a, b, /):
    return a // b


def _special_method(obj, name):
    """type(obj)'s `name`, bound as an implicit special-method call binds it (a
    staticmethod or a callable object gets no receiver); None when missing or None."""
    cls = type(obj)
    for klass in cls.__mro__:
        found = vars(klass)
        if name in found:
            method = found[name]
            break
    else:
        return None
    get = getattr(type(method), "__get__", None)
    return method if get is None else get(method, obj, cls)


def _defines(cls, name):
    """Does a class on cls's MRO define `name` (even as None)?"""
    return any(name in vars(klass) for klass in cls.__mro__)


def index(a, /):
    """a.__index__(): the integer a stands for."""
    if isinstance(a, int):
        # An int (a subclass too: its own __index__ is not called) gives its plain value.
        return a if type(a) is int else int.__index__(a)
    method = _special_method(a, "__index__")
    if method is None:
        if _defines(type(a), "__index__"):
            # Set to None: CPython's slot calls it.
            raise TypeError("'NoneType' object is not callable")
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(a).__name__)
    result = method()
    if not isinstance(result, int):
        raise TypeError("__index__ returned non-int (type %s)" % type(result).__name__)
    if type(result) is not int:
        # CPython still accepts a strict subclass (a bool), with a DeprecationWarning
        # naming the caller's line, and gives the plain int it stands for.
        import warnings
        warnings.warn("__index__ returned non-int (type %s).  The ability to return an "
                      "instance of a strict subclass of int is deprecated, and may be "
                      "removed in a future version of Python." % type(result).__name__,
                      DeprecationWarning, stacklevel=2)
        result = int.__index__(result)
    return result


def inv(a, /):
    return ~a


def invert(a, /):
    return ~a


def lshift(a, b, /):
    return a << b


def mod(a, b, /):
    return a % b


def mul(a, b, /):
    return a * b


def matmul(a, b, /):
    return a @ b


def neg(a, /):
    return -a


def or_(a, b, /):
    return a | b


def pos(a, /):
    return +a


def pow(a, b, /):
    return a ** b


def rshift(a, b, /):
    return a >> b


def sub(a, b, /):
    return a - b


def truediv(a, b, /):
    return a / b


def xor(a, b, /):
    return a ^ b


# Sequences.

def _check_concatenable(a):
    if not hasattr(a, "__getitem__"):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)


def concat(a, b, /):
    """a + b for sequences."""
    _check_concatenable(a)
    return a + b


def contains(a, b, /):
    return b in a


def countOf(a, b, /):
    """How many items of a are (or equal) b."""
    count = 0
    for item in a:
        if item is b or item == b:
            count += 1
    return count


def delitem(a, b, /):
    del a[b]


def getitem(a, b, /):
    return a[b]


def indexOf(a, b, /):
    """The index of the first item of a that is (or equals) b."""
    for i, item in enumerate(a):
        if item is b or item == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")


def setitem(a, b, c, /):
    a[b] = c


def length_hint(obj, default=0, /):
    """len(obj) if it has one, else obj.__length_hint__(), else default."""
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(default).__name__)
    if hasattr(type(obj), "__len__"):
        try:
            return len(obj)
        except TypeError:
            pass
    hint = _special_method(obj, "__length_hint__")
    if hint is None:
        return default
    try:
        value = hint()
    except TypeError:
        return default
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError("__length_hint__ must be an integer, not %s" % type(value).__name__)
    # The hint is read as a C ssize_t: a plain int, bounded.
    value = int.__index__(value)
    if not -_sys.maxsize - 1 <= value <= _sys.maxsize:
        raise OverflowError("Python int too large to convert to C ssize_t")
    if value < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return value


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


# Callable getters.

def _bad_call(name, args, kwargs):
    """CPython's TypeError for a getter called with other than one positional argument."""
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")
    raise TypeError(f"{name} expected 1 argument, got {len(args)}")


class attrgetter:
    """attrgetter('a.b', 'c')(x) is (x.a.b, x.c); with one name, just x.a.b."""

    __slots__ = ("_attrs", "_paths")

    def __init__(self, *names):
        if not names:
            raise TypeError("attrgetter expected 1 argument, got 0")
        for name in names:
            if not isinstance(name, str):
                raise TypeError("attribute name must be a string")
        self._attrs = names
        self._paths = tuple(tuple(name.split(".")) for name in names)

    def _resolve(self, obj, path):
        for part in path:
            obj = getattr(obj, part)
        return obj

    def __call__(self, *args, **kwargs):
        if len(args) != 1 or kwargs:
            _bad_call("attrgetter", args, kwargs)
        obj = args[0]
        if len(self._paths) == 1:
            return self._resolve(obj, self._paths[0])
        return tuple(self._resolve(obj, path) for path in self._paths)

    def __repr__(self):
        return "operator.attrgetter(%s)" % ", ".join(map(repr, self._attrs))

    def __reduce__(self):
        return (attrgetter, self._attrs)


class itemgetter:
    """itemgetter(1, 3)(x) is (x[1], x[3]); with one item, just x[1]."""

    __slots__ = ("_items",)

    def __init__(self, *items):
        if not items:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self._items = items

    def __call__(self, *args, **kwargs):
        if len(args) != 1 or kwargs:
            _bad_call("itemgetter", args, kwargs)
        obj = args[0]
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)

    def __repr__(self):
        return "operator.itemgetter(%s)" % ", ".join(map(repr, self._items))

    def __reduce__(self):
        return (itemgetter, self._items)


class methodcaller:
    """methodcaller('m', 1, k=2)(x) is x.m(1, k=2)."""

    __slots__ = ("_name", "_args", "_kwargs")

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError("methodcaller needs at least one argument, the method name")
        name = args[0]
        args = args[1:]
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        if len(args) != 1 or kwargs:
            _bad_call("methodcaller", args, kwargs)
        obj = args[0]
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend("%s=%r" % (k, v) for k, v in self._kwargs.items())
        return "operator.methodcaller(%s)" % ", ".join(parts)


# In-place operators: a op= b, then a.

def iadd(a, b, /):
    a += b
    return a


def iand(a, b, /):
    a &= b
    return a


def iconcat(a, b, /):
    _check_concatenable(a)
    a += b
    return a


def ifloordiv(a, b, /):
    a //= b
    return a


def ilshift(a, b, /):
    a <<= b
    return a


def imod(a, b, /):
    a %= b
    return a


def imul(a, b, /):
    a *= b
    return a


def imatmul(a, b, /):
    a @= b
    return a


def ior(a, b, /):
    a |= b
    return a


def ipow(a, b, /):
    a **= b
    return a


def irshift(a, b, /):
    a >>= b
    return a


def isub(a, b, /):
    a -= b
    return a


def itruediv(a, b, /):
    a /= b
    return a


def ixor(a, b, /):
    a ^= b
    return a


# The dunder spellings.
__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__call__ = call
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor


def _stand_in_for_c():
    """Every public function and class here stands in for C code of CPython's `_operator`:
    an error passing through them records no traceback frame of theirs, and the classes
    are named module-qualified in messages (`'operator.itemgetter' object ...`)."""
    from _tote_frames import native
    plain_function = type(_stand_in_for_c)
    for value in list(globals().values()):
        if isinstance(value, type) and value.__module__ == __name__:
            for member in vars(value).values():
                if type(member) is plain_function:
                    native(member)
            native(value)
        elif type(value) is plain_function and value is not _stand_in_for_c:
            native(value)


_stand_in_for_c()
del _stand_in_for_c
