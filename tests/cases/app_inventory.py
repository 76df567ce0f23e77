# An inventory report: __slots__ items, properties, sorting with keys, comprehensions and
# table formatting with widths, alignment and thousands separators.
class Item:
    __slots__ = ("name", "price", "qty", "tags")
    def __init__(self, name, price, qty=0, tags=()):
        self.name = name; self.price = price; self.qty = qty; self.tags = tuple(tags)
    def __repr__(self):
        return f"Item({self.name!r}, {self.price:.2f}, qty={self.qty})"
    @property
    def total(self):
        return self.price * self.qty
    def __eq__(self, o):
        return isinstance(o, Item) and (self.name, self.price) == (o.name, o.price)
    def __hash__(self):
        return hash((self.name, self.price))
    def __lt__(self, o):
        return self.total < o.total

class Inventory:
    def __init__(self):
        self._items = {}
    def add(self, item):
        if item.name in self._items:
            raise KeyError(f"duplicate {item.name}")
        self._items[item.name] = item
        return self
    def __len__(self): return len(self._items)
    def __iter__(self): return iter(self._items.values())
    def __contains__(self, name): return name in self._items
    def __getitem__(self, k):
        try:
            return self._items[k]
        except KeyError:
            raise LookupError(f"no item {k!r}") from None
    def report(self):
        lines = []
        hdr = f"{'Name':<12}|{'Price':>10}|{'Qty':^6}|{'Total':>14}"
        lines.append(hdr)
        lines.append("-" * len(hdr))
        for it in sorted(self, key=lambda i: (-i.total, i.name)):
            lines.append(f"{it.name:<12}|{it.price:>10,.2f}|{it.qty:^6d}|{it.total:>14,.3f}")
        lines.append(f"{'TOTAL':<12}|{'':>10}|{sum(i.qty for i in self):^6}|{sum(i.total for i in self):>14,.3f}")
        return "\n".join(lines)

inv = Inventory()
inv.add(Item("widget", 2.5, 100, ["a"])).add(Item("gadget", 1234.5, 3)).add(Item("doohickey", 0.05, 12345))
inv.add(Item("thing", 99999.999, 7))
print(inv.report())
try:
    inv.add(Item("widget", 1))
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    inv["nope"]
except LookupError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
print("widget" in inv, "x" in inv, len(inv))
print(sorted(inv))
print(max(inv), min(inv, key=lambda i: i.price))
by_tag = {t: [i.name for i in inv if t in i.tags] for t in ("a", "b")}
print(by_tag)
prices = {round(i.price) for i in inv}
print(sorted(prices))
it = Item("x", 1)
try:
    it.color = "red"
except AttributeError as e:
    print("AttributeError", e)
try:
    print(it.__dict__)
except AttributeError as e:
    print("AttributeError", e)
print(Item.__slots__, Item.name)
print(f"{1234567.891:,}", f"{1234567:_}", f"{-0.5:+.1%}", f"{12:#x}", f"{12:#010b}", f"{3.0:g}", f"{1e20:g}", f"{1.5e-7:.3}")
print("{:>{w}.{p}f}|".format(3.14159, w=10, p=3), "{0!r:^10}|".format("ab"), "{:*^9}".format("mid"))
print(format(1234.5678, "012,.2f"), format(-42, "=+8d"), format(255, "X"), format(7, "o"))
print("%5.1f|%-6s|%03d|%x|%r|%%" % (2.345, "ab", 7, 255, "q"))
print("%(a)s-%(b)05.1f" % {"a": 1, "b": 2.25})
print(f"{'nested ' + str(len(inv)):>15}", f"{inv['gadget']!s:>30}")
print(f"{3+4j}", f"{complex(1.5,-2):.2f}", format(1j, ">8"), str(complex(0, -0.0)), repr(-0.0+0j))
