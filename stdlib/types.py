"""Names for the types of the interpreter's built-in objects, SimpleNamespace,
MappingProxyType and helpers for creating classes dynamically (tote's own implementation).

Each type name is bound to the type of an object this runtime really produces; names whose
objects tote does not have are left out."""

import sys

from _tote_frames import native as _native


def _function():
    pass


def _generator():
    yield 1


class _Class:
    def _method(self):
        pass


def _cell():
    value = 1

    def inner():
        return value

    return inner.__closure__[0]


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
CellType = type(_cell())
MethodType = type(_Class()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = type(FunctionType.__globals__)
ModuleType = type(sys)
GeneratorType = type(_generator())


async def _coroutine():
    pass


_coroutine_object = _coroutine()
CoroutineType = type(_coroutine_object)
_coroutine_object.close()


async def _async_generator():
    yield 1


AsyncGeneratorType = type(_async_generator())
FrameType = type(sys._getframe())
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)


def _traceback_type():
    try:
        raise TypeError
    except TypeError as exc:
        return type(exc.__traceback__)


TracebackType = _traceback_type()

del _function, _generator, _coroutine, _coroutine_object, _async_generator, _Class, _cell
del _traceback_type


@_native
class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was created with."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        cls = type(self)
        name = "namespace" if cls is SimpleNamespace else cls.__name__
        key = id(self)
        if key in _repr_running:
            return name + "(...)"
        _repr_running.add(key)
        try:
            items = ["%s=%r" % (k, v) for k, v in self.__dict__.items()]
        finally:
            _repr_running.discard(key)
        return "%s(%s)" % (name, ", ".join(items))

    # Two namespaces compare as their dicts do, for every operator (CPython's C type).
    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ != other.__dict__
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ < other.__dict__
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ <= other.__dict__
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ > other.__dict__
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ >= other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), self.__dict__


del _native
_repr_running = set()


# A class's `__dict__` is the runtime's read-only mapping view.
MappingProxyType = type(type.__dict__)


# What `list[int]` and `int | None` evaluate to: the runtime's own classes.
from _tote_generic import GenericAlias, UnionType


# Creating classes dynamically.

def resolve_bases(bases):
    """Replace bases that define __mro_entries__ by what it returns."""
    result = []
    changed = False
    for base in bases:
        if isinstance(base, type):
            result.append(base)
            continue
        entries = getattr(base, "__mro_entries__", None)
        if entries is None:
            result.append(base)
            continue
        new = entries(bases)
        if not isinstance(new, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        result.extend(new)
        changed = True
    return tuple(result) if changed else bases


def _calculate_meta(meta, bases):
    """The most derived metaclass among meta and the metaclasses of bases."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, remaining keywords) for a class statement's first step."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement would; exec_body(ns) fills its namespace."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


def coroutine(func):
    """Mark a generator-based coroutine: what calling func returns may be awaited. A coroutine
    function is returned as it is; a generator function is returned with its code replaced by
    one carrying CO_ITERABLE_COROUTINE; for anything else the generator a call returns is
    wrapped in an awaitable that forwards send/throw/close to it."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    code = getattr(func, "__code__", None)
    if type(func) is FunctionType and type(code) is CodeType:
        if code.co_flags & 0x180:
            return func
        if code.co_flags & 0x20:
            func.__code__ = code.replace(co_flags=code.co_flags | 0x100)
            return func

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is CoroutineType:
            return result
        if type(result) is GeneratorType or (
            all(hasattr(result, n) for n in ("__next__", "send", "throw", "close"))
            and not hasattr(result, "__await__")
        ):
            return _GeneratorWrapper(result)
        return result

    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__dict__.update(getattr(func, "__dict__", {}))
    wrapped.__wrapped__ = func
    return wrapped


class _GeneratorWrapper:
    """The awaitable a `coroutine`-decorated function returns around its generator."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = type(gen) is GeneratorType
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


class DynamicClassAttribute:
    """A property on instances whose look-up on the class itself fails with
    AttributeError, so that the class's __getattr__ (or a metaclass attribute) answers."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, "__doc__", None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        doc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, doc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


__all__ = [name for name in globals() if not name.startswith("_") and name != "sys"]
del sys
