"""A tiny in-memory ORM: descriptors, query expressions built by operator overloading,
class registration through a metaclass, and a row store with indexes."""
import sys
import operator
from collections import defaultdict
from functools import reduce


class ValidationError(ValueError):
    def __init__(self, errors):
        self.errors = errors
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors))


class Expr:
    def __and__(self, other):
        return BoolExpr("AND", self, other)

    def __or__(self, other):
        return BoolExpr("OR", self, other)

    def __invert__(self):
        return NotExpr(self)

    def __bool__(self):
        raise TypeError(f"cannot use {self} in a boolean context; use & | ~")


class Compare(Expr):
    SYMBOLS = {operator.eq: "=", operator.ne: "!=", operator.lt: "<", operator.le: "<=",
               operator.gt: ">", operator.ge: ">="}

    def __init__(self, field, op, value):
        self.field, self.op, self.value = field, op, value

    def __call__(self, row):
        v = row.get(self.field.name)
        if v is None:
            return False
        return self.op(v, self.value)

    def __repr__(self):
        sym = self.SYMBOLS.get(self.op, getattr(self.op, "__name__", "?"))
        return f"{self.field.name} {sym} {self.value!r}"


class BoolExpr(Expr):
    def __init__(self, kind, left, right):
        self.kind, self.left, self.right = kind, left, right

    def __call__(self, row):
        if self.kind == "AND":
            return self.left(row) and self.right(row)
        return self.left(row) or self.right(row)

    def __repr__(self):
        return f"({self.left!r} {self.kind} {self.right!r})"


class NotExpr(Expr):
    def __init__(self, inner):
        self.inner = inner

    def __call__(self, row):
        return not self.inner(row)

    def __repr__(self):
        return f"NOT {self.inner!r}"


class Field:
    creation = 0

    def __init__(self, type_, *, default=None, required=False, choices=None, index=False):
        Field.creation += 1
        self.order = Field.creation
        self.type = type_
        self.default = default
        self.required = required
        self.choices = choices
        self.index = index
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, inst, owner):
        if inst is None:
            return self
        return inst._data.get(self.name, self.default)

    def __set__(self, inst, value):
        inst._data[self.name] = self.clean(value)
        inst._dirty.add(self.name)

    def clean(self, value):
        if value is None:
            if self.required:
                raise ValueError("required")
            return None
        if not isinstance(value, self.type):
            try:
                value = self.type(value)
            except (TypeError, ValueError):
                raise ValueError(f"expected {self.type.__name__}, got {type(value).__name__} {value!r}") from None
        if self.choices is not None and value not in self.choices:
            raise ValueError(f"{value!r} not in {sorted(self.choices)}")
        return value

    def __eq__(self, value):
        return Compare(self, operator.eq, value)

    def __ne__(self, value):
        return Compare(self, operator.ne, value)

    def __lt__(self, value):
        return Compare(self, operator.lt, value)

    def __le__(self, value):
        return Compare(self, operator.le, value)

    def __gt__(self, value):
        return Compare(self, operator.gt, value)

    def __ge__(self, value):
        return Compare(self, operator.ge, value)

    def startswith(self, prefix):
        return Compare(self, lambda v, p: isinstance(v, str) and v.startswith(p), prefix)

    def isin(self, values):
        return Compare(self, operator.contains.__get__ if False else (lambda v, vs: v in vs), tuple(values))

    __hash__ = object.__hash__


class ModelMeta(type):
    models = {}

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        fields = {}
        for base in reversed(cls.__mro__[1:]):
            fields.update(getattr(base, "_fields", {}))
        own = sorted(((k, v) for k, v in ns.items() if isinstance(v, Field)), key=lambda kv: kv[1].order)
        fields.update(own)
        cls._fields = fields
        if ns.get("abstract"):
            return cls
        cls.abstract = False
        cls._rows = {}
        cls._indexes = {n: defaultdict(set) for n, f in fields.items() if f.index}
        cls._next_id = 1
        mcls.models[name.lower()] = cls
        return cls

    def __iter__(cls):
        return (cls._load(pk) for pk in sorted(cls._rows))

    def __len__(cls):
        return len(cls._rows)

    def __getitem__(cls, pk):
        try:
            return cls._load(pk)
        except KeyError:
            raise LookupError(f"{cls.__name__} #{pk} does not exist") from None


class Model(metaclass=ModelMeta):
    abstract = True
    __slots__ = ()

    def __init__(self, **values):
        object.__setattr__(self, "_data", {})
        object.__setattr__(self, "_dirty", set())
        object.__setattr__(self, "pk", None)
        errors = []
        unknown = set(values) - set(self._fields)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no fields {sorted(unknown)}")
        for name, field in self._fields.items():
            try:
                setattr(self, name, values.get(name, field.default))
            except ValueError as e:
                errors.append((name, str(e)))
        if errors:
            raise ValidationError(errors)

    def __setattr__(self, name, value):
        if name not in self._fields:
            raise AttributeError(f"{type(self).__name__!r} object has no field {name!r}")
        super().__setattr__(name, value)

    @classmethod
    def _load(cls, pk):
        obj = cls.__new__(cls)
        object.__setattr__(obj, "_data", dict(cls._rows[pk]))
        object.__setattr__(obj, "_dirty", set())
        object.__setattr__(obj, "pk", pk)
        return obj

    def save(self):
        cls = type(self)
        if self.pk is None:
            object.__setattr__(self, "pk", cls._next_id)
            cls._next_id += 1
        else:
            old = cls._rows[self.pk]
            for name, idx in cls._indexes.items():
                idx[old.get(name)].discard(self.pk)
        cls._rows[self.pk] = dict(self._data)
        for name, idx in cls._indexes.items():
            idx[self._data.get(name)].add(self.pk)
        self._dirty.clear()
        return self

    def delete(self):
        cls = type(self)
        row = cls._rows.pop(self.pk)
        for name, idx in cls._indexes.items():
            idx[row.get(name)].discard(self.pk)
        object.__setattr__(self, "pk", None)

    @classmethod
    def where(cls, expr=None, **equals):
        exprs = [getattr(cls, k) == v for k, v in equals.items()]
        if expr is not None:
            exprs.append(expr)
        cond = reduce(operator.and_, exprs) if exprs else (lambda row: True)
        if isinstance(cond, Compare) and cond.op is operator.eq and cond.field.name in cls._indexes:
            pks = sorted(cls._indexes[cond.field.name].get(cond.value, ()))
        else:
            pks = sorted(pk for pk, row in cls._rows.items() if cond(row))
        return [cls._load(pk) for pk in pks]

    def __eq__(self, other):
        return type(self) is type(other) and self.pk == other.pk and self._data == other._data

    def __hash__(self):
        return hash((type(self).__name__, self.pk))

    def __repr__(self):
        shown = ", ".join(f"{k}={self._data.get(k)!r}" for k in self._fields)
        return f"{type(self).__name__}#{self.pk}({shown})"


class Timestamped(Model):
    abstract = True
    created = Field(int, default=0)


class User(Timestamped):
    name = Field(str, required=True, index=True)
    age = Field(int)
    role = Field(str, default="user", choices={"user", "admin", "guest"}, index=True)


class Post(Timestamped):
    author = Field(int, required=True, index=True)
    title = Field(str, required=True)
    score = Field(float, default=0.0)


def main():
    print(list(ModelMeta.models), list(User._fields), list(Post._fields))
    people = [("ann", 31, "admin"), ("bob", "27", "user"), ("cy", None, "guest"), ("dee", 45, "user"), ("ed", 19, "user")]
    for i, (name, age, role) in enumerate(people):
        User(name=name, age=age, role=role, created=i * 10).save()
    print(len(User), [u.name for u in User], User[2])
    for bad in [dict(name=None), dict(name="x", age="old", role="boss"), dict(name="y", email="e")]:
        try:
            User(**bad)
        except ValidationError as e:
            print("ValidationError:", e, "|", e.errors)
        except TypeError as e:
            print("TypeError:", e)
    try:
        User[99]
    except LookupError as e:
        print("LookupError:", e, "| cause suppressed:", e.__suppress_context__)
    q = (User.age >= 20) & ~(User.role == "admin") | User.name.startswith("e")
    print(q)
    print([u.name for u in User.where(q)])
    print([u.name for u in User.where(role="user")], [u.name for u in User.where(User.age < 30, role="user")])
    print([u.name for u in User.where(User.name.isin(["cy", "ann", "zed"]))])
    try:
        if User.age > 3:
            pass
    except TypeError as e:
        print("TypeError:", e)
    bob = User.where(name="bob")[0]
    bob.role = "admin"
    print(bob._dirty, bob.age + 1, type(bob.age).__name__)
    bob.save()
    print(sorted(User._indexes["role"]["admin"]), sorted(User._indexes["role"]["user"]))
    try:
        bob.nickname = "b"
    except AttributeError as e:
        print("AttributeError:", e)
    for i, (title, score) in enumerate([("hello", 3), ("world", "4.5"), ("again", 1.25)]):
        Post(author=(i % 2) + 1, title=title, score=score, created=100 + i).save()
    by_author = defaultdict(list)
    for p in Post:
        by_author[User[p.author].name].append((p.title, p.score))
    print(dict(by_author))
    top = max(Post, key=lambda p: p.score)
    print(top, top == Post[top.pk], top in set(Post), len({*Post, *Post}))
    User[3].delete() if False else User.where(name="cy")[0].delete()
    print(len(User), [u.pk for u in User], sorted(User._indexes["role"]["guest"]))
    print(sorted(User.where(User.created > 0), key=lambda u: (-u.age, u.name)))
    print(User.name.name, type(User.__dict__["age"]).__name__, isinstance(User, ModelMeta))


main()
