# An inventory of items priced in a Money value type: slots, class/static methods, properties with setter/deleter, rich comparison, hashing, sorting, sum with __radd__, __format__.
# inventory system
class Money:
    __slots__ = ("cents",)
    def __init__(self, cents):
        object.__setattr__(self, "cents", int(cents))
    @classmethod
    def parse(cls, s):
        d, _, c = s.partition(".")
        return cls(int(d) * 100 + int(c.ljust(2, "0")[:2] or 0))
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        return NotImplemented
    __radd__ = lambda self, o: self if o == 0 else self.__add__(o)
    def __mul__(self, n):
        return Money(self.cents * n)
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __hash__(self):
        return hash(self.cents)
    def __lt__(self, o):
        return self.cents < o.cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents // 100:,}.{self.cents % 100:02d}"
    def __format__(self, spec):
        return format(str(self), spec)

class Item:
    _registry = {}
    count = 0
    def __init__(self, sku, name, price, qty=0):
        self.sku = sku; self.name = name; self.price = price; self._qty = qty
        Item._registry[sku] = self
        type(self).count += 1
    @property
    def qty(self):
        return self._qty
    @qty.setter
    def qty(self, v):
        if v < 0:
            raise ValueError(f"negative quantity for {self.sku}: {v}")
        self._qty = v
    @qty.deleter
    def qty(self):
        self._qty = 0
    @property
    def total(self):
        return self.price * self.qty
    @staticmethod
    def lookup(sku):
        return Item._registry.get(sku)
    def __repr__(self):
        return f"{type(self).__name__}({self.sku!r}, {self.name!r}, {self.price!r}, qty={self.qty})"
    def __eq__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return self.sku == other.sku
    def __hash__(self):
        return hash(self.sku)
    def __lt__(self, other):
        return (self.name, self.sku) < (other.name, other.sku)

class Perishable(Item):
    def __init__(self, *args, days=3, **kw):
        super().__init__(*args, **kw)
        self.days = days
    def __repr__(self):
        return super().__repr__()[:-1] + f", days={self.days})"

items = [
    Item("A1", "widget", Money.parse("2.50"), 10),
    Item("B2", "gadget", Money.parse("10"), 3),
    Perishable("C3", "milk", Money.parse("1.9"), 20, days=5),
    Item("D4", "widget", Money.parse("2.5"), 1),
    Perishable("E5", "bread", Money(299), qty=7),
]
for it in sorted(items):
    print(repr(it))
print(sorted(items, key=lambda i: (-i.total.cents, i.sku)))
print(sum((i.total for i in items), Money(0)))
print(sum(i.total for i in items))
print(max(items, key=lambda i: i.price).sku, min(items).sku)
print(Item.count, Perishable.count, Item.lookup("C3"))
try:
    items[0].qty = -1
except ValueError as e:
    print("error:", e)
del items[1].qty
print(items[1])
print(len({Money(5), Money(5), Money(6)}), Money(5) in {Money(5): 1})
try:
    Money(1).cents2 = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(Money(1), "__dict__"), Money.__slots__)
print(f"|{Money(123456789):>20}|{Money(5):<10}|{Money(50):^12}|")
groups = {}
for it in items:
    groups.setdefault(it.name, []).append(it.sku)
print(groups)
print(items[0] == items[3], items[0] == Item.lookup("A1"), items[0] != "A1")
print(sorted([Money(3), Money(1), Money(2)], reverse=True))
print(Item.__dict__["qty"].fget.__name__, type(Item.__dict__["lookup"]).__name__)
print(Perishable.__mro__)
print(vars(items[2]))
