"""Tools for functions and callables: partial, reduce, wraps, lru_cache, cached_property,
total_ordering, singledispatch, cmp_to_key (tote's own implementation)."""

from abc import get_cache_token
# Marks the functions that are C code in CPython: tracebacks show no frame for them.
from _tote_frames import native as _native
from collections import namedtuple
from types import GenericAlias, MappingProxyType as _MappingProxyType, UnionType as _UnionType

__all__ = ["update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES",
           "total_ordering", "cache", "cmp_to_key", "lru_cache", "reduce", "partial",
           "partialmethod", "singledispatch", "singledispatchmethod", "cached_property"]

_MISSING = object()


# ---------------------------------------------------------------------------------------
# update_wrapper and wraps

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__",
                       "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the assigned attributes, merge the updated
    ones, and point wrapper.__wrapped__ at wrapped."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper: `@wraps(func)` over a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---------------------------------------------------------------------------------------
# total_ordering

def _gt_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _le_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _ge_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _ge_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _lt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _gt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _lt_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _ge_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _le_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _le_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _gt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _lt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


# For each operation a class may define, how to derive the other three from it.
_DERIVED = {
    "__lt__": [("__gt__", _gt_from_lt), ("__le__", _le_from_lt), ("__ge__", _ge_from_lt)],
    "__le__": [("__ge__", _ge_from_le), ("__lt__", _lt_from_le), ("__gt__", _gt_from_le)],
    "__gt__": [("__lt__", _lt_from_gt), ("__ge__", _ge_from_gt), ("__le__", _le_from_gt)],
    "__ge__": [("__le__", _le_from_ge), ("__gt__", _gt_from_ge), ("__lt__", _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator: given __eq__ and one of __lt__, __le__, __gt__, __ge__, define
    the rest."""
    defined = [op for op in _DERIVED
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    # Preference order when several are defined: __lt__, __le__, __gt__, __ge__.
    root = max(defined)
    for name, func in _DERIVED[root]:
        if name not in defined:
            func.__name__ = name
            setattr(cls, name, func)
    return cls


# ---------------------------------------------------------------------------------------
# cmp_to_key

class _KeyWrapperBase:
    # Keys made by different cmp_to_key() calls compare with one another, as CPython's
    # (one type for all of them) do; each compares using the left operand's function.
    __slots__ = ()


def cmp_to_key(mycmp):
    """Turn an old-style cmp(a, b) function into a key= function."""
    class K(_KeyWrapperBase):
        __slots__ = ["obj"]

        def __init__(self, obj):
            self.obj = obj

        @_native
        def _other(self, other):
            if not isinstance(other, _KeyWrapperBase):
                raise TypeError("other argument must be K instance")
            return other.obj

        @_native
        def __lt__(self, other):
            return mycmp(self.obj, self._other(other)) < 0

        @_native
        def __gt__(self, other):
            return mycmp(self.obj, self._other(other)) > 0

        @_native
        def __eq__(self, other):
            return mycmp(self.obj, self._other(other)) == 0

        @_native
        def __le__(self, other):
            return mycmp(self.obj, self._other(other)) <= 0

        @_native
        def __ge__(self, other):
            return mycmp(self.obj, self._other(other)) >= 0

        __hash__ = None

    # CPython's key objects are instances of the C type functools.KeyWrapper.
    K.__name__ = K.__qualname__ = "KeyWrapper"
    return K


# ---------------------------------------------------------------------------------------
# reduce

@_native
def reduce(function, iterable, *initial):
    """Fold iterable from the left with function: reduce(f, [a, b, c]) is f(f(a, b), c);
    an initial value, when given, goes first."""
    if len(initial) > 1:
        raise TypeError("reduce expected at most 3 arguments, got %d" % (2 + len(initial)))
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if initial:
        value = initial[0]
    else:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    for element in it:
        value = function(value, element)
    return value


# ---------------------------------------------------------------------------------------
# partial and partialmethod

_repr_running = set()


class _PartialField:
    """A read-only field of partial objects (CPython's are read-only members): reads the
    private slot, refuses assignment and deletion with CPython's message."""

    def __init__(self, slot):
        self.slot = slot

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return self.slot.__get__(obj, cls)

    def __set__(self, obj, value):
        raise AttributeError("readonly attribute")

    def __delete__(self, obj):
        raise AttributeError("readonly attribute")


@_native
class partial:
    """partial(func, *args, **keywords): a callable that calls func with these arguments
    followed by its own."""

    # The fields live in slots, so the instance __dict__ holds only what a program sets.
    __slots__ = ("_func", "_args", "_keywords", "__dict__", "__weakref__")

    @_native
    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        # A partial called as partial calls (a subclass that keeps __call__ too) is
        # flattened, unless attributes were set on it.
        if isinstance(func, partial) and type(func).__call__ is partial.__call__ \
                and not func.__dict__:
            args = func._args + args
            keywords = {**func._keywords, **keywords}
            func = func._func
        self = super().__new__(cls)
        self._func = func
        self._args = tuple(args)
        self._keywords = keywords
        return self

    @_native
    def __call__(self, /, *args, **keywords):
        keywords = {**self._keywords, **keywords}
        return self._func(*self._args, *args, **keywords)

    def __repr__(self):
        name = "functools.partial" if type(self) is partial else type(self).__qualname__
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            parts = [repr(self._func)]
            parts.extend(repr(a) for a in self._args)
            parts.extend("%s=%r" % (k, v) for k, v in self._keywords.items())
        finally:
            _repr_running.discard(key)
        return "%s(%s)" % (name, ", ".join(parts))

    def __reduce__(self):
        return type(self), (self._func,), (self._func, self._args, self._keywords or None,
                                           self.__dict__ or None)

    @_native
    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if (len(state) != 4 or not callable(state[0]) or not isinstance(state[1], tuple)
                or (state[2] is not None and not isinstance(state[2], dict))):
            raise TypeError("invalid partial state")
        func, args, keywords, namespace = state
        self._func = func
        self._args = tuple(args)
        self._keywords = {} if keywords is None else dict(keywords)
        self.__dict__.clear()
        if namespace:
            self.__dict__.update(namespace)

    __class_getitem__ = classmethod(GenericAlias)


partial.func = _PartialField(partial._func)
partial.args = _PartialField(partial._args)
partial.keywords = _PartialField(partial._keywords)


class partialmethod:
    """Like partial, but for methods: the instance (or class) the method is looked up
    on comes first, then the stored arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        # Always three fields, even empty ones ("f, , )"), as CPython prints them.
        args = ", ".join(repr(a) for a in self.args)
        keywords = ", ".join("%s=%r" % (k, v) for k, v in self.keywords.items())
        return "functools.partialmethod(%r, %s, %s)" % (self.func, args, keywords)

    def _unbound(self):
        def method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        method.__isabstractmethod__ = self.__isabstractmethod__
        method._partialmethod = self
        return method

    def __get__(self, obj, cls=None):
        getter = getattr(self.func, "__get__", None)
        if getter is not None and not isinstance(self.func, partial):
            bound = getter(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._unbound().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


# ---------------------------------------------------------------------------------------
# lru_cache and cache

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


class _KeywordMark:
    """Separates positional from keyword arguments inside a cache key."""
    __slots__ = ()


_KWD_MARK = (_KeywordMark,)


_BARE_KEY_TYPES = (int, str)


def _make_key(args, kwds, typed):
    """A hashable key for a call: equal calls give equal keys."""
    key = args
    if kwds:
        key += _KWD_MARK
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in _BARE_KEY_TYPES:
        # A lone argument of exactly int or str is its own key, as in CPython: so f(1)
        # and f(1.0) are cached apart (1 != (1.0,)) while f(1.0) and f(True) share one.
        return key[0]
    return key


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    hits = 0
    misses = 0

    if maxsize == 0:
        @_native
        def wrapper(*args, **kwds):
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        @_native
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        @_native
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            result = cache.pop(key, _MISSING)
            if result is not _MISSING:
                # Most recently used: back at the end of the (insertion-ordered) dict.
                cache[key] = result
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # A recursive call already stored this key.
                return result
            if len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
            return result

    def cache_info():
        """Report cache statistics."""
        return _CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics."""
        nonlocal hits, misses
        cache.clear()
        hits = misses = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def lru_cache(maxsize=128, typed=False):
    """Memoise a function, keeping the maxsize most recently used results (all of them
    when maxsize is None). With typed, arguments of different types are cached apart.
    Usable bare (@lru_cache) or called (@lru_cache(maxsize=32))."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def cache(user_function, /):
    """An unbounded lru_cache: @cache."""
    return lru_cache(maxsize=None)(user_function)


# ---------------------------------------------------------------------------------------
# cached_property

class cached_property:
    """A property computed once per instance and then stored in the instance's
    __dict__ under the same name (so later look-ups do not call the function)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                "(%r and %r)." % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            storage = instance.__dict__
        except AttributeError:
            raise TypeError(
                "No '__dict__' attribute on %r instance to cache %r property."
                % (type(instance).__name__, self.attrname)) from None
        value = storage.get(self.attrname, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            storage[self.attrname] = value
        return value

    __class_getitem__ = classmethod(GenericAlias)


# ---------------------------------------------------------------------------------------
# singledispatch

def _find_impl(cls, registry):
    """The implementation registered for the most specific class cls is (a subclass of),
    ABCs placed just after the last class of the MRO that implements them."""
    mro = cls.__mro__
    best = None
    best_rank = None
    for index, base in enumerate(mro):
        if base in registry:
            best, best_rank = base, (index, 0)
            break
    for candidate in registry:
        if candidate in mro:
            continue
        try:
            if not issubclass(cls, candidate):
                continue
        except TypeError:
            continue
        last = 0
        for index, base in enumerate(mro):
            try:
                if issubclass(base, candidate):
                    last = index
            except TypeError:
                pass
        rank = (last, 1)
        if best is None or rank < best_rank:
            best, best_rank = candidate, rank
        elif rank == best_rank and best is not candidate:
            if issubclass(candidate, best):
                best = candidate
            elif not issubclass(best, candidate):
                raise RuntimeError("Ambiguous dispatch: {} or {}".format(best, candidate))
    return registry.get(best)


def _valid_dispatch_type(cls):
    """A class, or a union (`int | str`) of classes only."""
    if isinstance(cls, type):
        return True
    return isinstance(cls, _UnionType) and all(isinstance(a, type) for a in cls.__args__)


def singledispatch(func):
    """Make func a generic function dispatching on the class of its first argument;
    `@func.register` adds implementations for other classes."""
    registry = {}
    dispatch_cache = {}
    cache_token = None

    def dispatch(cls):
        """The implementation for cls."""
        nonlocal cache_token
        token = get_cache_token()
        if cache_token != token:
            dispatch_cache.clear()
            cache_token = token
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Register func for cls: `@f.register(int)`, `f.register(int, impl)`, or plain
        `@f.register` on a function whose first parameter is annotated with a class. A
        union of classes (`int | float`) registers func for each of them."""
        if _valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    "Invalid first argument to `register()`. %r is not a class or union type."
                    % (cls,))
            annotations = getattr(cls, "__annotations__", None) or {}
            if not annotations:
                raise TypeError(
                    "Invalid first argument to `register()`: %r. Use either "
                    "`@register(some_class)` or plain `@register` on an annotated function."
                    % (cls,))
            func = cls
            argname, cls = next(iter(annotations.items()))
            if isinstance(cls, str):
                cls = eval(cls, getattr(func, "__globals__", {}))
            if not _valid_dispatch_type(cls):
                if isinstance(cls, _UnionType):
                    raise TypeError("Invalid annotation for %r. %r not all arguments are classes."
                                    % (argname, cls))
                raise TypeError("Invalid annotation for %r. %r is not a class." % (argname, cls))
        for each in (cls.__args__ if isinstance(cls, _UnionType) else (cls,)):
            registry[each] = func
        dispatch_cache.clear()
        return func

    funcname = getattr(func, "__name__", "singledispatch function")

    def wrapper(*args, **kw):
        if not args:
            raise TypeError("%s requires at least 1 positional argument" % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self/cls."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def method(*args, **kwargs):
            impl = self.dispatcher.dispatch(args[0].__class__)
            getter = getattr(impl, "__get__", None)
            if getter is not None:
                return getter(obj, cls)(*args, **kwargs)
            return impl(*args, **kwargs)
        method.__isabstractmethod__ = self.__isabstractmethod__
        method.register = self.register
        update_wrapper(method, self.func)
        return method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)
