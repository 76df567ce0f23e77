# str.format field syntax (indices, attributes, items, conversions, nested specs) and f-strings
# with nested replacement fields, `=` debugging, conversions and expressions.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)
    def __format__(self, spec):
        if spec.endswith("p"):
            return "<%s|%s>" % (format(self.x, spec[:-1]), format(self.y, spec[:-1]))
        return str(self)

p = Point(3, -4.5)
data = {"name": "tote", "tags": ["rust", "python"], 3: "int key", "nested": {"k": [10, 20]}}
print("{} {} {}".format(1, "two", 3.0), "{2}{1}{0}".format("a", "b", "c"), "{0}{1}{0}".format("x", "y"))
print("{p.x} {p.y} {p!r} {p!s} {p} {p:.1fp}".format(p=p))
print("{0[name]} {0[tags][1]} {0[3]} {0[nested][k][0]}".format(data), "{d[name]:>8}".format(d=data))
print("{:{width}.{prec}f}|{:{fill}{align}{width}}".format(3.14159, "mid", width=9, prec=2, fill="*", align="^"))
print("{0:{1}}|{0:{2}}".format(255, "x", "#b"), "{:>{}}".format("r", 4), "{!r:>8}".format("q"), "{!a}".format("é"))
print("{{literal}} {{{0}}} }}{{".format("in braces"), "{:%}".format(0.25), "{:,}".format(10 ** 9), "{0.real}".format(5))
print("{0[0]}{0[-1]}".format("ab") if False else "{0[0]}".format("ab"), "{[1]}".format([7, 8]), "{.__name__}".format(int))

errors = ["{", "}", "{0", "{0!}", "{0!x}", "{:d}", "{1}", "{a}", "{0[}", "{0.}", "{!r}{0}", "{0}{}", "{:{:{}}}", "{0:}}", "{0[1}"]
for fmt in errors:
    try:
        print(repr(fmt.format("s")))
    except (ValueError, IndexError, KeyError, TypeError, AttributeError) as e:
        print(repr(fmt), type(e).__name__, e)
try:
    "{0.missing}".format(p)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "{0[5]}".format([1])
except IndexError as e:
    print(type(e).__name__, e)

# f-strings
width, prec, name, items = 10, 3, "Ada", [3, 1, 2]
value = 2 / 3
print(f"{value:.{prec}f}|{value:{width}.{prec}}|{name:*^{width}}|{name!r:>{width}}")
print(f"{value=}", f"{name = }", f"{value=:.2f}", f"{items=!s}", f"{1 + 1 = }", f"{name.upper()=}")
print(f"{'nested ' + f'{name:>5}'}", f"{[x * 2 for x in items]}", f"{dict(a=1)['a']}", f"{(lambda z: z + 1)(4)}")
print(f"{p}|{p!r}|{p:.0fp}|{p.x:+d}|{-p.y:e}", f"{{}}{{{name}}}", f"{3:{'>'}{5}}", f"{'%'}{100:%}" if False else f"{0.5:%}")
print(f"{10**20:,}", f"{255:#06x}", f"{-17:=+8}", f"{12345.6789:_.2f}", f"{'tab':\t^9}|", f"{True!s:>6}", f"{None}")
print(f"{items[0]}{items[-1]}", f"{name[::-1]}", f"{len(name)}", f"{'a' if value > 0.5 else 'b'}", f"{value > 0.5!r}")
multi = f"""line {name}
  second {value:.1%}"""
print(multi)
nested_quote = f'{"double"} {data["name"]}'
print(nested_quote, f"{data['tags'][0]!r}", f"{'x':{'<'}3}|")
x = 5
print(f"{x!r:>4}", f"{x:{'0'}{4}}", f"{x:{x}}", f"{x:>{x}}", f"{(x, x)}", f"{x,}", f"{x}" f"{x}" "lit")
for bad in ("f'{x:{x:{x}}}'", "f'{!r}'", "f'{x!z}'", "f'{'", "f'}'", "f'{x=!}'"):
    try:
        eval(bad)
        print(bad, "ok")
    except (SyntaxError, ValueError) as e:
        print(bad, type(e).__name__, e.msg if hasattr(e, "msg") and e.msg else e)
