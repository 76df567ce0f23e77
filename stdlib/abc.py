"""Abstract base classes (tote's own implementation).

ABCMeta records each class's abstract methods in `__abstractmethods__`; the runtime refuses
to instantiate a class while that set is not empty. `register` adds virtual subclasses, and
`isinstance`/`issubclass` consult the registry, `__subclasshook__` and real subclasses, with
a cache that `register` invalidates."""

import _abc

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractclassmethod",
           "abstractstaticmethod", "abstractproperty", "get_cache_token",
           "update_abstractmethods"]


def abstractmethod(funcobj):
    """Mark a method abstract: a class with ABCMeta as metaclass that has it can not be
    instantiated until a subclass overrides it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# The three deprecated spellings. tote can not subclass classmethod, staticmethod or
# property yet, so they are functions giving the same decorated result.

def abstractclassmethod(callable):
    """Deprecated: use @classmethod over @abstractmethod."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """Deprecated: use @staticmethod over @abstractmethod."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated: use @property over @abstractmethod."""
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


# Bumped by every register(): negative cache entries older than this are stale.
_cache_token = 0


def get_cache_token():
    """A token that changes whenever a virtual subclass is registered anywhere."""
    return _cache_token


class _AbcState:
    """Per-class bookkeeping: registered virtual subclasses and the look-up caches."""

    __slots__ = ("registry", "cache", "negative_cache", "negative_token")

    def __init__(self):
        self.registry = []
        self.cache = set()
        self.negative_cache = set()
        self.negative_token = _cache_token


def _is_abstract(value):
    return bool(getattr(value, "__isabstractmethod__", False))


def _compute_abstracts(cls, namespace_items):
    names = set()
    for name, value in namespace_items:
        if _is_abstract(value):
            names.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):
    """Metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace.items())
        cls._abc_impl = _AbcState()
        # `__abc_tpflags__` in the body becomes the class's sequence/mapping flags.
        _abc.init_flags(cls)
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of cls; returns subclass (so it decorates)."""
        global _cache_token
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.append(subclass)
        _cache_token += 1
        # A class registered as a Sequence or Mapping matches those patterns too (a
        # builtin class already does, or never does).
        _abc.register_flags(cls, subclass)
        return subclass

    def __instancecheck__(cls, instance):
        state = cls._abc_impl
        subclass = instance.__class__
        if subclass in state.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if state.negative_token == _cache_token and subclass in state.negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        state = cls._abc_impl
        if subclass in state.cache:
            return True
        if state.negative_token != _cache_token:
            state.negative_cache = set()
            state.negative_token = _cache_token
        elif subclass in state.negative_cache:
            return False
        verdict = cls.__subclasshook__(subclass)
        if verdict is not NotImplemented:
            if verdict:
                state.cache.add(subclass)
            else:
                state.negative_cache.add(subclass)
            return bool(verdict)
        if cls in subclass.__mro__:
            state.cache.add(subclass)
            return True
        for registered in state.registry:
            if issubclass(subclass, registered):
                state.cache.add(subclass)
                return True
        for child in cls.__subclasses__():
            if issubclass(subclass, child):
                state.cache.add(subclass)
                return True
        state.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        print("Inv. counter: %s" % get_cache_token(), file=file)
        print("_abc_registry: %r" % (cls._abc_impl.registry,), file=file)

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or removed."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls, cls.__dict__.items())
    return cls


class ABC(metaclass=ABCMeta):
    """A base class for abstract base classes: `class Shape(ABC): ...`."""
    __slots__ = ()
