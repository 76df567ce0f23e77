# Declarative model classes like a small ORM/validation library: typed field descriptors
# with __set_name__, defaults and validators, a metaclass collecting fields in definition
# order, __init_subclass__ options, error aggregation, serialisation and equality.
class ValidationError(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__("; ".join("%s: %s" % e for e in errors))

class Field:
    _order = 0
    def __init__(self, kind, default=None, required=True, check=None, doc=""):
        self.kind, self.default, self.required, self.check, self.doc = kind, default, required, check, doc
        Field._order += 1
        self.order = Field._order
    def __set_name__(self, owner, name):
        self.name = name
        self.slot = "_val_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, self.default)
    def __set__(self, obj, value):
        setattr(obj, self.slot, self.validate(value))
    def validate(self, value):
        if value is None:
            if self.required:
                raise ValueError("is required")
            return None
        if not isinstance(value, self.kind):
            try:
                value = self.kind(value)
            except (TypeError, ValueError):
                raise TypeError("expected %s, got %s" % (self.kind.__name__, type(value).__name__)) from None
        if self.check is not None:
            problem = self.check(value)
            if problem:
                raise ValueError(problem)
        return value

class ModelMeta(type):
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns, **kw)
        fields = []
        for base in reversed(cls.__mro__[1:]):
            fields.extend(getattr(base, "_fields", ()))
        own = sorted((v for v in ns.values() if isinstance(v, Field)), key=lambda f: f.order)
        cls._fields = tuple(f for f in fields if f.name not in {o.name for o in own}) + tuple(own)
        return cls

class Model(metaclass=ModelMeta):
    strict = True
    def __init_subclass__(cls, strict=True, **kw):
        super().__init_subclass__(**kw)
        cls.strict = strict
    def __init__(self, **values):
        errors = []
        unknown = sorted(set(values) - {f.name for f in self._fields})
        if unknown and self.strict:
            errors.append(("__all__", "unknown fields " + ", ".join(unknown)))
        for f in self._fields:
            try:
                setattr(self, f.name, values.get(f.name, f.default))
            except (TypeError, ValueError) as e:
                errors.append((f.name, str(e)))
        if errors:
            raise ValidationError(errors)
    def to_dict(self):
        return {f.name: getattr(self, f.name) for f in self._fields}
    def __eq__(self, other):
        return type(self) is type(other) and self.to_dict() == other.to_dict()
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % kv for kv in self.to_dict().items()))

def length_between(lo, hi):
    return lambda s: None if lo <= len(s) <= hi else "length must be in [%d, %d]" % (lo, hi)

class User(Model):
    name = Field(str, check=length_between(2, 12), doc="display name")
    age = Field(int, check=lambda a: None if 0 <= a < 150 else "out of range")
    email = Field(str, required=False, check=lambda e: None if "@" in e else "missing @")

class Admin(User, strict=False):
    level = Field(int, default=1)
    age = Field(int, default=30)

print([f.name for f in User._fields], [f.name for f in Admin._fields], User.strict, Admin.strict)
print(User(name="ada", age="36"), User(name="bob", age=5, email="b@x.org").to_dict())
print(Admin(name="root", extra="ignored"), Admin(name="root") == Admin(name="root", level=1), User.name.doc)
for bad in ({"name": "x", "age": 200}, {"age": "old"}, {"name": "carol", "age": 3, "email": "nope", "role": "x"}, {}):
    try:
        User(**bad)
    except ValidationError as e:
        print("ValidationError:", e)
        print("   fields:", [name for name, _ in e.errors])
u = User(name="dan", age=40)
try:
    u.age = -1
except ValueError as e:
    print(type(e).__name__, e, "| age still", u.age)
u.email = None
print(u.email, isinstance(User.__dict__["age"], Field), type(User).__name__, User == User, u == User(name="dan", age=40))
