"""Shallow and deep copies of objects (tote's own implementation).

copy(x) and deepcopy(x[, memo]) handle the builtin containers directly, use a class's
__copy__ / __deepcopy__ when it has them, honour __reduce_ex__ / __reduce__ /
__getnewargs__ / __getstate__ / __setstate__ a class defines itself, and otherwise copy an
instance by creating it with cls.__new__(cls) and copying its __dict__ and __slots__."""

import types as _types
from _weakref import ref as _weakref_ref

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

# Values of these types are never copied: they are immutable (or, like functions,
# classes and weak references, copied by reference in CPython too).
_ATOMIC = {
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, str,
    bytes, range, type, property, _types.CodeType, _types.FunctionType,
    _types.BuiltinFunctionType, _types.MethodDescriptorType, _types.WrapperDescriptorType,
    _types.ClassMethodDescriptorType, _weakref_ref,
}

_UNCOPYABLE = (_types.GeneratorType, _types.ModuleType, _types.FrameType,
               _types.TracebackType)


def _cannot_copy(x):
    return TypeError("cannot pickle '%s' object" % type(x).__name__)


def _own_method(cls, name):
    """cls's `name` when some class on its MRO defines it in Python (not object's)."""
    for base in cls.__mro__:
        if base is object:
            return None
        if name in base.__dict__:
            return base.__dict__[name]
    return None


def _slot_names(cls):
    names = []
    for base in cls.__mro__:
        slots = base.__dict__.get("__slots__")
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_%s%s" % (base.__name__.lstrip("_"), name)
            names.append(name)
    return names


def _state_of(x):
    """What __getstate__ would return: the instance dict, plus slot values if any."""
    cls = type(x)
    getstate = _own_method(cls, "__getstate__")
    if getstate is not None:
        return x.__getstate__()
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state if state else None, slots)
    return state if state else None


def _set_state(y, state):
    if state is None:
        return
    if hasattr(y, "__setstate__") and _own_method(type(y), "__setstate__") is not None:
        y.__setstate__(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    if slots:
        for name, value in slots.items():
            setattr(y, name, value)


def _reduced(x):
    """A reduction tuple when the class defines __reduce_ex__ or __reduce__ itself."""
    cls = type(x)
    if _own_method(cls, "__reduce_ex__") is not None:
        return x.__reduce_ex__(4)
    if _own_method(cls, "__reduce__") is not None:
        return x.__reduce__()
    return None


def _new_instance(x, deep=False, memo=None):
    """A new instance of x's class, made as unpickling would: cls.__new__ with the
    arguments __getnewargs__ gives (deep-copied for a deep copy); a set subclass is
    called with its items."""
    cls = type(x)
    if _own_method(cls, "__getnewargs_ex__") is not None:
        args, kwargs = x.__getnewargs_ex__()
        if deep:
            args, kwargs = deepcopy((args, kwargs), memo)
        return cls.__new__(cls, *args, **kwargs)
    if _own_method(cls, "__getnewargs__") is not None:
        args = x.__getnewargs__()
        if deep:
            args = deepcopy(args, memo)
        return cls.__new__(cls, *args)
    if isinstance(x, (set, frozenset)):
        items = list(x)
        return cls(deepcopy(items, memo) if deep else items)
    return cls.__new__(cls)


def _copy_items(x, y, deep, memo):
    """The items of a list or dict subclass instance go into its copy, as the list and
    dict items of a reduction do."""
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value


def _reconstruct(x, info, deep, memo):
    if isinstance(info, str):
        return x
    if not isinstance(info, tuple) or not 2 <= len(info) <= 6:
        raise Error("__reduce__ must return a string or a tuple of 2 to 6 items")
    func, args = info[0], info[1]
    state = info[2] if len(info) > 2 else None
    listiter = info[3] if len(info) > 3 else None
    dictiter = info[4] if len(info) > 4 else None
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def copy(x):
    """A shallow copy of x: a new container holding the same items."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset:
        return x
    if cls is list or cls is dict or cls is set:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if isinstance(x, _UNCOPYABLE):
        raise _cannot_copy(x)
    info = _reduced(x)
    if info is not None:
        return _reconstruct(x, info, False, None)
    if isinstance(x, _types.MethodType):
        return x
    y = _new_instance(x)
    _set_state(y, _state_of(x))
    _copy_items(x, y, False, None)
    return y


def _keep_alive(x, memo):
    """Keep x referenced from the memo, so that its id can not be reused while the memo
    is in use."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: containers and instances are copied recursively; shared and
    cyclic references are preserved through memo (a dict of id -> copy)."""
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC:
        return x
    if cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A cycle through the tuple may have copied it already.
        if key in memo:
            return memo[key]
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(item, memo) for item in x)
    elif issubclass(cls, type):
        y = x
    elif isinstance(x, _types.MethodType):
        y = type(x)(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            if isinstance(x, _UNCOPYABLE):
                raise _cannot_copy(x)
            info = _reduced(x)
            if info is not None:
                y = _reconstruct(x, info, True, memo)
            else:
                y = _new_instance(x, True, memo)
                memo[key] = y
                state = _state_of(x)
                if state is not None:
                    state = deepcopy(state, memo)
                _set_state(y, state)
                _copy_items(x, y, True, memo)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y
