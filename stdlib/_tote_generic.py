"""Parameterised generics and unions: what `list[int]` and `int | None` evaluate to.

The VM imports this module the first time a builtin class is subscripted or two classes are
joined with `|`; `types` re-exports both classes.
"""


def _type_repr(item):
    # How an argument shows inside `list[...]` or `A | B`.
    if item is ...:
        return "..."
    if item is type(None):
        return "None"
    if isinstance(item, (GenericAlias, UnionType)):
        return repr(item)
    qualname = getattr(item, "__qualname__", None)
    module = getattr(item, "__module__", None)
    if isinstance(item, type) and qualname is not None:
        if module == "builtins" or module is None:
            return qualname
        return module + "." + qualname
    return repr(item)


def _union_member(item):
    return item is None or isinstance(item, (type, GenericAlias, UnionType))


def _make_union(left, right):
    if not (_union_member(left) and _union_member(right)):
        return NotImplemented
    members = []
    for side in (left, right):
        parts = side.__args__ if isinstance(side, UnionType) else (side,)
        for part in parts:
            if part is None:
                part = type(None)
            if part not in members:
                members.append(part)
    if len(members) == 1:
        return members[0]
    return UnionType(tuple(members))


class GenericAlias:
    """`origin[args]`: a class with its type parameters filled in."""

    __module__ = "types"

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, "__origin__", origin)
        object.__setattr__(self, "__args__", args)
        object.__setattr__(self, "__parameters__", ())

    def __repr__(self):
        if not self.__args__:
            inner = "()"
        else:
            inner = ", ".join(_type_repr(a) for a in self.__args__)
        return _type_repr(self.__origin__) + "[" + inner + "]"

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _make_union(self, other)

    def __ror__(self, other):
        return _make_union(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")


class UnionType:
    """`A | B`: accepted by isinstance and issubclass as either of its members."""

    __module__ = "types"

    def __init__(self, args):
        object.__setattr__(self, "__args__", args)

    def __repr__(self):
        return " | ".join(_type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _make_union(self, other)

    def __ror__(self, other):
        return _make_union(other, self)

    def __instancecheck__(self, obj):
        for member in self.__args__:
            if isinstance(member, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        for member in self.__args__:
            if isinstance(member, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
        return issubclass(cls, self.__args__)
