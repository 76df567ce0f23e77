# property objects across inheritance: overriding only the setter via parent.prop.setter,
# calling the parent property through super(), deleter semantics, read-only errors,
# property introspection (fget/fset/fdel/__doc__), and properties on metaclasses.
class Account:
    def __init__(self, balance):
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        "Current balance in cents."
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative: %d" % value)
        self.history.append(value)
        self._balance = value
    @balance.deleter
    def balance(self):
        self.history.append("closed")
        del self._balance

class Audited(Account):
    @Account.balance.setter
    def balance(self, value):
        self.history.append("audit %d" % value)
        Account.balance.fset(self, value)

class Doubled(Account):
    @property
    def balance(self):
        return 2 * super().balance

a = Audited(100)
a.balance = 250
print(a.balance, a.history)
try:
    a.balance = -5
except ValueError as e:
    print(type(e).__name__, e, a.history)
del a.balance
print(a.history, hasattr(a, "_balance"))
try:
    a.balance
except AttributeError as e:
    print(type(e).__name__, e)

d = Doubled(21)
print(d.balance)
try:
    d.balance = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del d.balance
except AttributeError as e:
    print(type(e).__name__, e)

p = Account.__dict__["balance"]
print(type(p).__name__, p.__doc__, p.fget.__name__, p.fset.__name__, p.fdel.__name__, Doubled.balance.fset)
print(Audited.balance.fget is Account.balance.fget, Audited.balance.fset is Account.balance.fset, Audited.balance is Account.balance)

# property built by calling property() directly, with and without doc
def get_x(self):
    "x doc from getter"
    return self._x
def set_x(self, v):
    self._x = v * 10
class P:
    x = property(get_x, set_x)
    y = property(lambda self: "y", doc="explicit y doc")
    z = property()
obj = P()
obj.x = 4
print(obj.x, P.x.__doc__, P.y.__doc__, obj.y, P.z.fget)
for action in (lambda: obj.z, lambda: setattr(obj, "z", 1), lambda: delattr(obj, "x"), lambda: setattr(obj, "y", 2)):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)

# getter/setter/deleter return new property objects; the original is unchanged
base = property(lambda self: 1)
with_setter = base.setter(lambda self, v: None)
print(base is with_setter, base.fset, with_setter.fset is not None, with_setter.fget is base.fget)

# instance attributes do not shadow properties (data descriptors)
class Shadow:
    @property
    def value(self):
        return "from property"
s = Shadow()
s.__dict__["value"] = "from instance dict"
print(s.value, vars(s))

# property on a metaclass gives a class-level computed attribute
class Meta(type):
    @property
    def table_name(cls):
        return cls.__name__.lower() + "s"
class User(metaclass=Meta):
    pass
print(User.table_name, hasattr(User(), "table_name"))

# a property that raises AttributeError falls through to __getattr__
class Fallback:
    @property
    def broken(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return "__getattr__ handled " + name
print(Fallback().broken)
