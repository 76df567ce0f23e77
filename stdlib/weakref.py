"""Weak references (tote's own implementation).

ref, getweakrefcount and getweakrefs come from the native _weakref module; this file
builds on them: proxy objects, WeakMethod, the weak containers (WeakValueDictionary,
WeakKeyDictionary, WeakSet) and finalize. A container entry disappears when the callback
of its weak reference runs, which the VM does as soon as the referent dies."""

import _collections_abc
import atexit as _atexit
import sys as _sys
from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


def _dead():
    raise ReferenceError("weakly-referenced object no longer exists")


class ProxyType:
    """A stand-in for an object that forwards to it while it lives."""

    def __init__(self, obj, callback=None):
        if callback is None:
            target = ref(obj)
        else:
            me = ref(self)

            def notify(_, me=me, callback=callback):
                p = me()
                if p is not None:
                    callback(p)

            target = ref(obj, notify)
        object.__setattr__(self, "_proxy_target", target)

    def _proxy_get(self):
        obj = object.__getattribute__(self, "_proxy_target")()
        if obj is None:
            _dead()
        return obj

    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, "_proxy_get")(), name)

    def __setattr__(self, name, value):
        setattr(self._proxy_get(), name, value)

    def __delattr__(self, name):
        delattr(self._proxy_get(), name)

    def __repr__(self):
        obj = object.__getattribute__(self, "_proxy_target")()
        if obj is None:
            return "<weakproxy at %#x; dead>" % id(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(self._proxy_get())

    def __bool__(self):
        return bool(self._proxy_get())

    def __len__(self):
        return len(self._proxy_get())

    def __iter__(self):
        return iter(self._proxy_get())

    def __contains__(self, item):
        return item in self._proxy_get()

    def __getitem__(self, key):
        return self._proxy_get()[key]

    def __setitem__(self, key, value):
        self._proxy_get()[key] = value

    def __delitem__(self, key):
        del self._proxy_get()[key]

    def __eq__(self, other):
        return self._proxy_get() == other

    def __ne__(self, other):
        return self._proxy_get() != other

    def __lt__(self, other):
        return self._proxy_get() < other

    def __le__(self, other):
        return self._proxy_get() <= other

    def __gt__(self, other):
        return self._proxy_get() > other

    def __ge__(self, other):
        return self._proxy_get() >= other

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")


class CallableProxyType(ProxyType):
    """A proxy for a callable object."""

    def __call__(self, *args, **kwargs):
        return self._proxy_get()(*args, **kwargs)

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.CallableProxyType'")


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(*args, **kwargs):
    """A proxy to obj that does not keep it alive."""
    # CPython's proxy is a C function taking (obj, callback=None) positionally only;
    # wrong calls get its parser's messages.
    if kwargs:
        raise TypeError("_weakref.proxy() takes no keyword arguments")
    if not args:
        raise TypeError("proxy expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError("proxy expected at most 2 arguments, got %d" % len(args))
    obj = args[0]
    callback = args[1] if len(args) == 2 else None
    ref(obj)  # refuses the objects weak references cannot point to
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


class WeakMethod(ref):
    """A weak reference to a bound method: dead once its object or function is."""

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def died(arg):
            me = me_ref()
            if me is not None and me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)

        self = ref.__new__(cls, obj, died)
        self._func_ref = ref(func, died)
        self._meth_type = type(meth)
        self._alive = True
        me_ref = ref(self)
        return self

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that remembers the key it is stored under."""

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self


class WeakValueDictionary(_collections_abc.MutableMapping):
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        me = ref(self)

        def remove(wr, me=me):
            d = me()
            if d is not None and d.data.get(wr.key) is wr:
                del d.data[wr.key]

        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def keys(self):
        return list(iter(self))

    def values(self):
        return [o for o in (wr() for wr in list(self.data.values())) if o is not None]

    def items(self):
        out = []
        for k, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                out.append((k, o))
        return out

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def pop(self, key, *args):
        o = self.data.pop(key, None)
        o = o() if o is not None else None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def copy(self):
        new = type(self)()
        for k, o in self.items():
            new[k] = o
        return new

    __copy__ = copy


class WeakKeyDictionary(_collections_abc.MutableMapping):
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        me = ref(self)

        def remove(k, me=me):
            d = me()
            if d is not None:
                try:
                    del d.data[k]
                except KeyError:
                    pass

        self._remove = remove
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def keys(self):
        return list(iter(self))

    def values(self):
        return [v for wr, v in list(self.data.items()) if wr() is not None]

    def items(self):
        out = []
        for wr, v in list(self.data.items()):
            o = wr()
            if o is not None:
                out.append((o, v))
        return out

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            wr, v = self.data.popitem()
            o = wr()
            if o is not None:
                return o, v

    def copy(self):
        new = type(self)()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy


class WeakSet(_collections_abc.MutableSet):
    """A set whose members are held weakly: a member goes when it dies."""

    def __init__(self, data=None):
        me = ref(self)

        def remove(item, me=me):
            s = me()
            if s is not None:
                s.data.discard(item)

        self._remove = remove
        self.data = set()
        if data is not None:
            for item in data:
                self.add(item)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{%s}" % ", ".join(repr(o) for o in self)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            o = wr()
            if o is not None:
                return o

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def update(self, other):
        for item in other:
            self.add(item)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)


class finalize:
    """Calls func(*args, **kwargs) once when obj dies (or at exit, while `atexit` is true),
    unless called or detached first."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _next_index = 0
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            _atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = finalize._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = finalize._next_index
        finalize._next_index += 1
        finalize._registry[self] = info

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info is not None and not finalize._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = finalize._registry.get(self)
        obj = info.weakref() if info is not None else None
        if obj is not None and finalize._registry.pop(self, None) is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = finalize._registry.get(self)
        obj = info.weakref() if info is not None else None
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info is not None:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info.weakref() if info is not None else None
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @staticmethod
    def _exitfunc():
        try:
            pending = [(i.index, f) for f, i in finalize._registry.items() if i.atexit]
            pending.sort(reverse=True)
            for _, f in pending:
                try:
                    f()
                except Exception:
                    _sys.excepthook(*_sys.exc_info())
        finally:
            finalize._shutdown = True

# CPython defines WeakSet in _weakrefset (re-exported by weakref).
WeakSet.__module__ = "_weakrefset"
