# A command-driven inventory manager like a small CLI: a command registry built with a
# decorator, argument parsing with type conversion and usage errors, an undo stack,
# dataclass-like records via __slots__-free classes, and a final formatted listing.
COMMANDS = {}

class UsageError(Exception):
    pass

def command(name, *types, help=""):
    def register(fn):
        COMMANDS[name] = (fn, types, help)
        return fn
    return register

class Item:
    def __init__(self, sku, name, qty, price):
        self.sku, self.name, self.qty, self.price = sku, name, qty, price
    def __repr__(self):
        return "Item(%r, %r, qty=%d, price=%.2f)" % (self.sku, self.name, self.qty, self.price)
    @property
    def value(self):
        return self.qty * self.price

class Inventory:
    def __init__(self):
        self.items = {}
        self.undo_stack = []
        self.log = []

    def snapshot(self):
        self.undo_stack.append({k: Item(v.sku, v.name, v.qty, v.price) for k, v in self.items.items()})

    def run(self, line):
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            return None
        name, raw_args = parts[0], parts[1:]
        if name not in COMMANDS:
            close = [c for c in COMMANDS if c[0] == name[0]]
            raise UsageError("unknown command %r%s" % (name, " (did you mean %s?)" % "/".join(sorted(close)) if close else ""))
        fn, types, _ = COMMANDS[name]
        if len(raw_args) != len(types):
            raise UsageError("%s takes %d argument%s, got %d" % (name, len(types), "" if len(types) == 1 else "s", len(raw_args)))
        args = []
        for raw, kind in zip(raw_args, types):
            try:
                args.append(kind(raw))
            except ValueError:
                raise UsageError("%s: expected %s, got %r" % (name, kind.__name__, raw)) from None
        return fn(self, *args)

@command("add", str, str, int, float, help="add SKU NAME QTY PRICE")
def add(inv, sku, name, qty, price):
    if sku in inv.items:
        raise UsageError("duplicate sku %s" % sku)
    inv.snapshot()
    inv.items[sku] = Item(sku, name.replace("_", " "), qty, price)
    return "added %s" % sku

@command("sell", str, int, help="sell SKU QTY")
def sell(inv, sku, qty):
    item = inv.items.get(sku)
    if item is None:
        raise UsageError("no such sku %s" % sku)
    if qty > item.qty:
        raise UsageError("only %d of %s left" % (item.qty, sku))
    inv.snapshot()
    item.qty -= qty
    return "sold %d x %s for %.2f" % (qty, item.name, qty * item.price)

@command("restock", str, int)
def restock(inv, sku, qty):
    inv.snapshot()
    inv.items[sku].qty += qty
    return "%s now %d" % (sku, inv.items[sku].qty)

@command("price", str, float)
def price(inv, sku, new):
    inv.snapshot()
    old, inv.items[sku].price = inv.items[sku].price, new
    return "%s price %.2f -> %.2f (%+.1f%%)" % (sku, old, new, 100 * (new - old) / old)

@command("undo")
def undo(inv):
    if not inv.undo_stack:
        raise UsageError("nothing to undo")
    inv.items = inv.undo_stack.pop()
    return "undone (%d left)" % len(inv.undo_stack)

@command("report")
def report(inv):
    rows = sorted(inv.items.values(), key=lambda it: (-it.value, it.sku))
    lines = ["%-6s %-14s %5s %8s %9s" % ("sku", "name", "qty", "price", "value")]
    lines += ["%-6s %-14s %5d %8.2f %9.2f%s" % (i.sku, i.name, i.qty, i.price, i.value, "  LOW" if i.qty < 5 else "") for i in rows]
    lines.append("%-6s %-14s %5d %8s %9.2f" % ("", "total", sum(i.qty for i in rows), "", sum(i.value for i in rows)))
    return "\n".join(lines)

SCRIPT = """
# initial stock
add A1 widget 10 2.50
add B2 gadget_pro 3 19.99
add C3 gizmo 25 0.75
sell A1 4
sell B2 5
sell Z9 1
restock B2 7
price C3 0.9
undo
price C3 x
add A1 dup 1 1
selll A1 1
sell A1
report
undo
undo
undo
undo
undo
undo
report
"""
inv = Inventory()
for lineno, line in enumerate(SCRIPT.strip().splitlines(), 1):
    try:
        out = inv.run(line)
        if out is not None:
            print("%2d> %s" % (lineno, out))
    except (UsageError, KeyError) as e:
        print("%2d! %s: %s" % (lineno, type(e).__name__, e))
print(sorted((name, help) for name, (_, _, help) in COMMANDS.items() if help))
