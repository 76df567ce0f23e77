"""Container datatypes: namedtuple, deque, Counter, OrderedDict, defaultdict, ChainMap,
UserDict, UserList and UserString (tote's own implementation).

namedtuple classes are subclasses of tuple; Counter, OrderedDict and defaultdict are
subclasses of dict."""

import sys as _sys
from keyword import iskeyword as _iskeyword
from operator import itemgetter as _itemgetter

import _collections_abc
from types import GenericAlias as _GenericAlias
# Marks the functions that are C code in CPython: tracebacks show no frame for them.
from _tote_frames import native as _native

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
           "defaultdict", "deque", "namedtuple"]

_repr_running = set()


def _native_class(cls):
    """Marks every function of cls (methods, properties, class and static methods) as
    standing in for C code: deque, OrderedDict and defaultdict are C types in CPython, so
    an error they raise shows no frame of theirs in a traceback."""
    for member in vars(cls).values():
        if isinstance(member, property):
            funcs = (member.fget, member.fset, member.fdel)
        elif isinstance(member, (classmethod, staticmethod)):
            funcs = (member.__func__,)
        else:
            funcs = (member,)
        for f in funcs:
            if type(f) is type(_native_class):
                _native(f)
    return cls


def _guarded_repr(obj, make):
    """repr(obj) by make(), or '...' when obj's repr is already being built (a cycle)."""
    key = id(obj)
    if key in _repr_running:
        return "..."
    _repr_running.add(key)
    try:
        return make()
    finally:
        _repr_running.discard(key)


# =======================================================================================
# namedtuple

@_native_class
class _tuplegetter:
    """The descriptor of one namedtuple field: item `index` of the tuple, read-only."""

    __slots__ = ("_index", "_doc")

    def __init__(self, index, doc):
        self._index = index
        self._doc = doc

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        if not isinstance(obj, tuple):
            raise TypeError("descriptor for index '%d' for tuple subclasses doesn't apply "
                            "to '%s' object" % (self._index, type(obj).__name__))
        return obj[self._index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")

    @property
    def __doc__(self):
        return self._doc

    def __repr__(self):
        return "%s(%d, %r)" % (type(self).__name__, self._index, self._doc)


_tuple_new = tuple.__new__


def _namedtuple_methods(typename, fields):
    """The methods of the class namedtuple() makes, closed over its fields."""
    count = len(fields)
    item_formats = ", ".join("%s=%%r" % name for name in fields)

    @classmethod
    def _make(cls, iterable):
        result = _tuple_new(cls, iterable)
        if len(result) != count:
            raise TypeError("Expected %d arguments, got %d" % (count, len(result)))
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
        if kwds:
            raise ValueError("Got unexpected field names: %r" % list(kwds))
        return result

    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__, item_formats % tuple(self))

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    methods = {"_make": _make, "_replace": _replace, "__repr__": __repr__,
               "_asdict": _asdict, "__getnewargs__": __getnewargs__}
    for name, method in methods.items():
        function = getattr(method, "__func__", method)
        function.__qualname__ = typename + "." + name
    _make.__func__.__doc__ = "Make a new %s object from a sequence or iterable" % typename
    _replace.__doc__ = "Return a new %s object replacing specified fields with new values" % (
        typename)
    __repr__.__doc__ = "Return a nicely formatted representation string"
    _asdict.__doc__ = "Return a new dict which maps field names to their values."
    __getnewargs__.__doc__ = "Return self as a plain tuple.  Used by copy and pickle."
    return methods


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new subclass of tuple with named fields: `Point = namedtuple('Point', 'x y')`,
    `Point(1, 2).x`."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith("_")
                    or name in seen):
                field_names[index] = "_%d" % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: %r"
                             % name)
        if _iskeyword(name):
            raise ValueError("Type names and field names cannot be a keyword: %r" % name)

    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % name)
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % name)
        seen.add(name)

    fields = tuple(field_names)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(reversed(list(zip(reversed(fields), reversed(defaults)))))

    # __new__ is real Python code, so a wrong call gets Python's own argument errors.
    arg_list = ", ".join(fields)
    if len(fields) == 1:
        arg_list += ","
    namespace = {"_tuple_new": _tuple_new, "__builtins__": {},
                 "__name__": "namedtuple_%s" % typename}
    exec("def __new__(_cls, %s): return _tuple_new(_cls, (%s))" % (
        ", ".join(fields), arg_list), namespace)
    new = namespace["__new__"]
    new.__qualname__ = typename + ".__new__"
    new.__doc__ = "Create new instance of %s(%s)" % (typename, ", ".join(fields))
    if defaults is not None:
        new.__defaults__ = defaults

    class_namespace = {
        "__doc__": "%s(%s)" % (typename, ", ".join(fields)),
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__new__": new,
    }
    class_namespace.update(_namedtuple_methods(typename, fields))
    class_namespace["__match_args__"] = fields
    for index, name in enumerate(fields):
        class_namespace[name] = _tuplegetter(index, "Alias for field number %d" % index)

    result = type(typename, (tuple,), class_namespace)
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = "__main__"
    if module is not None:
        result.__module__ = module
    return result


# =======================================================================================
# deque

class _ReadOnlyAttribute:
    """A read-only attribute of a stdlib class standing in for a C type: assigning or
    deleting it fails as a C getset without a setter does ('attribute 'maxlen' of
    'collections.deque' objects is not writable')."""

    def __init__(self, name, getter, doc):
        self.name = name
        self.getter = getter
        self.__doc__ = doc

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return self.getter(obj)

    def _refuse(self, obj):
        owner = type(obj)
        for klass in owner.__mro__:
            if klass.__dict__.get(self.name) is self:
                owner = klass
                break
        raise AttributeError("attribute '%s' of '%s.%s' objects is not writable"
                             % (self.name, owner.__module__, owner.__qualname__))

    def __set__(self, obj, value):
        self._refuse(obj)

    def __delete__(self, obj):
        self._refuse(obj)


@_native
@_native_class
class deque:
    """A list-like sequence with fast appends and pops at both ends, optionally bounded
    by maxlen (appending to a full deque drops an item from the other end)."""

    __slots__ = ("_items", "_head", "_maxlen", "_state")

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._items = []
        self._head = 0
        self._state = 0
        if iterable is not self:
            self.extend(iterable)

    maxlen = _ReadOnlyAttribute("maxlen", lambda self: self._maxlen,
                                "The maximum size of the deque, or None when unbounded.")

    # The live items are _items[_head:]; popleft leaves a gap at the front that is
    # reclaimed once it is more than half the list.

    def __len__(self):
        return len(self._items) - self._head

    def _mutated(self):
        self._state += 1

    # The hot paths (append, appendleft, pop, popleft) are written out in full: a method
    # call costs more than the work itself.

    def append(self, x):
        """Add x to the right end."""
        self._state += 1
        maxlen = self._maxlen
        if maxlen is None:
            self._items.append(x)
            return
        if maxlen == 0:
            return
        items = self._items
        items.append(x)
        if len(items) - self._head > maxlen:
            self._drop_left()

    def appendleft(self, x):
        """Add x to the left end."""
        self._state += 1
        maxlen = self._maxlen
        if maxlen == 0:
            return
        items = self._items
        head = self._head
        if head == 0:
            pad = max(8, len(items))
            items[0:0] = [None] * pad
            head = pad
        head -= 1
        items[head] = x
        self._head = head
        if maxlen is not None and len(items) - head > maxlen:
            items.pop()

    def _drop_left(self):
        items = self._items
        head = self._head
        items[head] = None
        head += 1
        if head > 16 and head * 2 > len(items):
            del items[:head]
            head = 0
        self._head = head

    def pop(self):
        """Remove and return the rightmost item."""
        items = self._items
        if len(items) <= self._head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        value = items.pop()
        if len(items) == self._head:
            self._items = []
            self._head = 0
        return value

    def popleft(self):
        """Remove and return the leftmost item."""
        items = self._items
        head = self._head
        if head >= len(items):
            raise IndexError("pop from an empty deque")
        self._state += 1
        value = items[head]
        items[head] = None
        head += 1
        if head > 16 and head * 2 > len(items):
            del items[:head]
            head = 0
        self._head = head
        return value

    def extend(self, iterable):
        """Append every item of iterable on the right."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Append every item of iterable on the left (so they end up reversed)."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove every item."""
        self._mutated()
        self._items = []
        self._head = 0

    def copy(self):
        """A shallow copy."""
        return self.__class__(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        """How many items equal x."""
        state = self._state
        n = 0
        for i in range(self._head, len(self._items)):
            item = self._items[i]
            if item is x or item == x:
                n += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def _live(self):
        return self._items[self._head:]

    def index(self, x, start=0, stop=_sys.maxsize):
        """The position of the first item equal to x in [start, stop)."""
        n = len(self)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        stop = min(stop, n)
        state = self._state
        for i in range(start, stop):
            item = self._items[self._head + i]
            if item is x or item == x:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError("%r is not in deque" % (x,))

    def insert(self, i, x):
        """Insert x before position i."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        n = len(self)
        if i < 0:
            i = max(i + n, 0)
        i = min(i, n)
        self._mutated()
        self._items.insert(self._head + i, x)

    def remove(self, value):
        """Remove the first item equal to value."""
        for i in range(self._head, len(self._items)):
            item = self._items[i]
            if item is value or item == value:
                self._mutated()
                del self._items[i]
                if len(self._items) == self._head:
                    self._items = []
                    self._head = 0
                return
        raise ValueError("%r is not in deque" % (value,))

    def reverse(self):
        """Reverse the items in place."""
        self._mutated()
        live = self._live()
        live.reverse()
        self._items = live
        self._head = 0

    def rotate(self, n=1):
        """Rotate n steps to the right (to the left when n is negative)."""
        length = len(self)
        self._mutated()
        if length <= 1:
            return
        n %= length
        if n:
            live = self._live()
            self._items = live[-n:] + live[:-n]
            self._head = 0

    def _position(self, index):
        if not isinstance(index, int):
            if hasattr(type(index), "__index__"):
                index = type(index).__index__(index)
            else:
                raise TypeError("sequence index must be integer, not '%s'"
                                % type(index).__name__)
        n = len(self)
        if index < 0:
            index += n
        if index < 0 or index >= n:
            raise IndexError("deque index out of range")
        return self._head + index

    def __getitem__(self, index):
        return self._items[self._position(index)]

    def __setitem__(self, index, value):
        self._items[self._position(index)] = value

    def __delitem__(self, index):
        position = self._position(index)
        self._mutated()
        del self._items[position]
        if len(self._items) == self._head:
            self._items = []
            self._head = 0

    def __iter__(self):
        state = self._state
        i = 0
        while True:
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            if i >= len(self):
                return
            yield self._items[self._head + i]
            i += 1

    def __reversed__(self):
        state = self._state
        i = len(self) - 1
        while i >= 0:
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            yield self._items[self._head + i]
            i -= 1

    def __contains__(self, x):
        state = self._state
        for i in range(self._head, len(self._items)):
            item = self._items[i]
            if item is x or item == x:
                return True
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return False

    def __bool__(self):
        return len(self._items) > self._head

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() == other._live()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() != other._live()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() < other._live()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() <= other._live()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() > other._live()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() >= other._live()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.__class__((), self._maxlen)
        live = self._live()
        for _ in range(n):
            result.extend(live)
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        live = self._live()
        self.clear()
        for _ in range(n):
            self.extend(live)
        return self

    def __repr__(self):
        def make():
            items = repr(self._live())
            if self._maxlen is None:
                return "%s(%s)" % (type(self).__name__, items)
            return "%s(%s, maxlen=%d)" % (type(self).__name__, items, self._maxlen)
        text = _guarded_repr(self, make)
        return "[...]" if text == "..." else text

    def __reduce__(self):
        return (self.__class__, (self._live(), self._maxlen))

    __class_getitem__ = classmethod(_GenericAlias)


_collections_abc.MutableSequence.register(deque)


# =======================================================================================
# Dictionary subclasses: OrderedDict, defaultdict, Counter.

@_native_class
class _OrderedDictView:
    """What OrderedDict's keys(), values() and items() return: the dict's own view,
    printed under CPython's odict_* names."""

    __slots__ = ("_view",)

    def __init__(self, view):
        self._view = view

    def __len__(self):
        return len(self._view)

    def __iter__(self):
        return iter(self._view)

    def __reversed__(self):
        return reversed(self._view)

    def __contains__(self, item):
        return item in self._view

    def __eq__(self, other):
        if isinstance(other, _OrderedDictView):
            other = other._view
        return self._view == other

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def __repr__(self):
        return _guarded_repr(self, lambda: "%s(%r)" % (type(self).__name__, list(self._view)))


@_native_class
class odict_keys(_OrderedDictView):
    __slots__ = ()

    def isdisjoint(self, other):
        return self._view.isdisjoint(other)

    def __and__(self, other):
        return self._view & other

    def __or__(self, other):
        return self._view | other

    def __sub__(self, other):
        return self._view - other

    def __xor__(self, other):
        return self._view ^ other

    def __rand__(self, other):
        return other & set(self._view)

    def __ror__(self, other):
        return other | set(self._view)

    def __rsub__(self, other):
        return other - set(self._view)

    def __rxor__(self, other):
        return other ^ set(self._view)


@_native_class
class odict_values(_OrderedDictView):
    __slots__ = ()

    def __eq__(self, other):
        return self is other

    def __ne__(self, other):
        return self is not other


@_native_class
class odict_items(odict_keys):
    __slots__ = ()


for _cls in (odict_keys, odict_values, odict_items):
    _cls.__module__ = "builtins"
_collections_abc.KeysView.register(odict_keys)
_collections_abc.ValuesView.register(odict_values)
_collections_abc.ItemsView.register(odict_items)
del _cls


@_native
def _odict_add_pairs(od, pairs):
    """od[key] = value for each (key, value) pair, with the messages of CPython's C loop
    for a pair that is not one ('need more than 1 value to unpack')."""
    for pair in pairs:
        items = iter(pair)
        key = next(items, _MISSING)
        if key is _MISSING:
            raise ValueError("need more than 0 values to unpack")
        value = next(items, _MISSING)
        if value is _MISSING:
            raise ValueError("need more than 1 value to unpack")
        if next(items, _MISSING) is not _MISSING:
            raise ValueError("too many values to unpack (expected 2)")
        od[key] = value


_MISSING = object()


@_native
@_native_class
class OrderedDict(dict):
    """A dict that can reorder its items (move_to_end, popitem(last=False)) and whose
    equality with another OrderedDict depends on the order."""

    def __init__(self, /, *args, **kwds):
        if len(args) > 1:
            raise TypeError("expected at most 1 arguments, got %d" % len(args))
        self.update(*args, **kwds)

    def update(self, /, *args, **kwds):
        if len(args) > 1:
            raise TypeError("update() takes at most 1 positional argument (%d given)"
                            % len(args))
        if args:
            other = args[0]
            if hasattr(other, "keys"):
                for key in other.keys():
                    self[key] = other[key]
            elif hasattr(other, "items"):
                _odict_add_pairs(self, other.items())
            else:
                _odict_add_pairs(self, other)
        for key, value in kwds.items():
            self[key] = value

    def move_to_end(self, key, last=True):
        """Move key to the right end (or the left end when last is false)."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Remove and return the last (key, value) pair, or the first when last is false."""
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def keys(self):
        return odict_keys(dict.keys(self))

    def values(self):
        return odict_values(dict.values(self))

    def items(self):
        return odict_items(dict.items(self))

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        state = getattr(self, "__dict__", None) or None
        return self.__class__, (), state, None, iter(dict.items(self))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.__class__(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.__class__(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        if not self:
            return "%s()" % (self.__class__.__name__,)
        return _guarded_repr(
            self, lambda: "%s(%r)" % (self.__class__.__name__, list(dict.items(self))))


@_native
@_native_class
class defaultdict(dict):
    """A dict that calls default_factory() to supply the value of a missing key."""

    __slots__ = ("default_factory",)

    def __init__(self, default_factory=None, /, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwds)

    def __reduce__(self):
        return self.__class__, (self.default_factory,), None, None, iter(self.items())

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return self.__class__(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.__class__(self.default_factory, other)
        result.update(self)
        return result

    def __repr__(self):
        # dict.__repr__ guards against the dict containing itself; the factory (which
        # may be this very dict) is guarded apart.
        items = dict.__repr__(self)
        factory = _guarded_repr(self.default_factory, lambda: repr(self.default_factory))
        return "%s(%s, %s)" % (self.__class__.__name__, factory, items)


class Counter(dict):
    """A dict that counts hashable items: Counter('abracadabra').most_common(2)."""

    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """The sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common (element, count) pairs, most common first; ties keep the
        order in which elements were first counted."""
        ordered = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return ordered
        return ordered[:max(n, 0)]

    def elements(self):
        """Each element repeated as many times as its count (counts below one skipped)."""
        for element, count in self.items():
            for _ in range(count):
                yield element

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of elements or from a mapping of counts."""
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping) or isinstance(iterable, dict):
                if self:
                    for element, count in iterable.items():
                        self[element] = count + self.get(element, 0)
                else:
                    dict.update(self, iterable)
            else:
                for element in iterable:
                    self[element] = self.get(element, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts; counts may drop to zero or below."""
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping) or isinstance(iterable, dict):
                for element, count in iterable.items():
                    self[element] = self.get(element, 0) - count
            else:
                for element in iterable:
                    self[element] = self.get(element, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, element):
        if element in self:
            dict.__delitem__(self, element)

    def __repr__(self):
        if not self:
            return "%s()" % self.__class__.__name__

        def make():
            try:
                shown = dict(self.most_common())
            except TypeError:
                shown = dict(self)
            return "%s(%r)" % (self.__class__.__name__, shown)
        return _guarded_repr(self, make)

    # Multiset comparisons: missing elements count as zero.
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # Multiset arithmetic: results keep only positive counts.
    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            total = count + other[element]
            if total > 0:
                result[element] = total
        for element, count in other.items():
            if element not in self and count > 0:
                result[element] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            left = count - other[element]
            if left > 0:
                result[element] = left
        for element, count in other.items():
            if element not in self and count < 0:
                result[element] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            other_count = other[element]
            best = other_count if count < other_count else count
            if best > 0:
                result[element] = best
        for element, count in other.items():
            if element not in self and count > 0:
                result[element] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            other_count = other[element]
            least = count if count < other_count else other_count
            if least > 0:
                result[element] = least
        return result

    def __pos__(self):
        result = Counter()
        for element, count in self.items():
            if count > 0:
                result[element] = count
        return result

    def __neg__(self):
        result = Counter()
        for element, count in self.items():
            if count < 0:
                result[element] = 0 - count
        return result

    def _keep_positive(self):
        for element in [e for e, c in self.items() if not c > 0]:
            del self[element]
        return self

    def __iadd__(self, other):
        for element, count in other.items():
            self[element] += count
        return self._keep_positive()

    def __isub__(self, other):
        for element, count in other.items():
            self[element] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for element, other_count in other.items():
            if other_count > self[element]:
                self[element] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for element, count in self.items():
            other_count = other[element]
            if other_count < count:
                self[element] = other_count
        return self._keep_positive()


# =======================================================================================
# ChainMap

class ChainMap(_collections_abc.MutableMapping):
    """Several mappings searched in turn as one; writes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(self._union())

    def _union(self):
        keys = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                keys[key] = None
        return keys

    def __iter__(self):
        return iter(self._union())

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return _guarded_repr(self, lambda: "%s(%s)" % (
            type(self).__name__, ", ".join(map(repr, self.maps))))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new ChainMap with a copy of the first mapping and the others shared."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A new ChainMap with m (or a new dict) in front of these maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """A new ChainMap of every map but the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,))

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (_collections_abc.Mapping, dict)):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, (_collections_abc.Mapping, dict)):
            return NotImplemented
        merged = dict(other)
        for child in reversed(self.maps):
            merged.update(child)
        return self.__class__(merged)


# =======================================================================================
# UserDict, UserList, UserString: wrappers meant to be subclassed.

class UserDict(_collections_abc.MutableMapping):
    """A dict-like class around a real dict in self.data, for subclassing."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        result = self.__class__.__new__(self.__class__)
        result.__dict__.update(self.__dict__)
        result.__dict__["data"] = self.__dict__["data"].copy()
        return result

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_collections_abc.MutableSequence):
    """A list-like class around a real list in self.data, for subclassing."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __iter__(self):
        return iter(self.data)

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        result = self.__class__.__new__(self.__class__)
        result.__dict__.update(self.__dict__)
        result.__dict__["data"] = self.__dict__["data"][:]
        return result

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(_collections_abc.Sequence):
    """A str-like class around a real str in self.data, for subclassing. String methods
    return instances of the subclass where str's would return a str."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserString) else other

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    def __contains__(self, char):
        return self._cast(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def join(self, seq):
        return self.data.join(seq)


def _user_string_method(name, wrap):
    method = getattr(str, name)

    def forward(self, *args):
        args = tuple(a.data if isinstance(a, UserString) else a for a in args)
        result = method(self.data, *args)
        if wrap == "str":
            return self.__class__(result)
        if wrap == "list":
            return [self.__class__(r) if isinstance(r, str) else r for r in result]
        if wrap == "tuple":
            return tuple(self.__class__(r) for r in result)
        return result

    forward.__name__ = name
    forward.__qualname__ = "UserString." + name
    return forward


for _name in ("capitalize", "casefold", "center", "expandtabs", "ljust", "lower",
              "lstrip", "removeprefix", "removesuffix", "replace", "rjust", "rstrip",
              "strip", "swapcase", "title", "translate", "upper", "zfill"):
    setattr(UserString, _name, _user_string_method(_name, "str"))
for _name in ("split", "rsplit", "splitlines"):
    setattr(UserString, _name, _user_string_method(_name, "list"))
for _name in ("partition", "rpartition"):
    setattr(UserString, _name, _user_string_method(_name, "tuple"))
for _name in ("count", "endswith", "find", "index", "isalpha", "isalnum", "isascii",
              "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric",
              "isprintable", "isspace", "istitle", "isupper", "rfind", "rindex",
              "startswith", "encode"):
    setattr(UserString, _name, _user_string_method(_name, "plain"))
del _name
