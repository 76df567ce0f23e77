"""INI configuration + CSV data report: a config parser with sections, interpolation,
type getters and inheritance, a CSV reader with quoting, and a grouped report."""
import io
import os
import sys
from collections import OrderedDict, defaultdict, namedtuple
from collections.abc import MutableMapping

CONFIG = r"""
; global defaults
[DEFAULT]
currency = EUR
precision = 2
base_dir = /srv/reports

[report]
title = Quarterly Sales — %(currency)s
output = %(base_dir)s/q3.txt
columns = region, product, units, price
group_by = region
show_totals = yes
width = 72

[report.filters]
min_units = 5
exclude_products = Widget X
              Gadget Y

[broken]
loop = %(loop)s
missing = %(nope)s
"""

CSV_DATA = '''region,product,units,price
North,"Widget A",12,9.99
North,"Widget B",3,19.50
South,"Gadget ""Pro""",7,120.00
South,"Widget A",25,9.99
East,"Widget X",40,5.00
East,"Thing, with comma",6,2.25
West,Gadget Y,9,80
North,"Multi
line",5,1.10
'''


class InterpolationError(Exception):
    pass


class Section(MutableMapping):
    def __init__(self, parser, name):
        self._parser = parser
        self.name = name
        self._data = OrderedDict()

    def __getitem__(self, key):
        key = key.lower()
        if key in self._data:
            raw = self._data[key]
        elif key in self._parser.defaults:
            raw = self._parser.defaults[key]
        else:
            raise KeyError(key)
        return self._parser.interpolate(self, key, raw)

    def __setitem__(self, key, value):
        self._data[key.lower()] = str(value)

    def __delitem__(self, key):
        del self._data[key.lower()]

    def __iter__(self):
        seen = list(self._data)
        return iter(seen + [k for k in self._parser.defaults if k not in self._data])

    def __len__(self):
        return len(set(self._data) | set(self._parser.defaults))

    def getint(self, key, fallback=None):
        return self._get(key, int, fallback)

    def getfloat(self, key, fallback=None):
        return self._get(key, float, fallback)

    def getboolean(self, key, fallback=None):
        return self._get(key, self._parser.to_bool, fallback)

    def getlist(self, key, sep=","):
        return [p.strip() for p in self[key].replace("\n", sep).split(sep) if p.strip()]

    def _get(self, key, conv, fallback):
        try:
            return conv(self[key])
        except KeyError:
            if fallback is None:
                raise
            return fallback

    def __repr__(self):
        return f"<Section: {self.name}>"


class Config:
    BOOLEANS = {"1": True, "yes": True, "true": True, "on": True, "0": False, "no": False, "false": False, "off": False}

    def __init__(self):
        self.defaults = OrderedDict()
        self.sections = OrderedDict()

    def to_bool(self, v):
        try:
            return self.BOOLEANS[v.lower()]
        except KeyError:
            raise ValueError(f"Not a boolean: {v}") from None

    def read_string(self, text, source="<string>"):
        current = None
        last_key = None
        for lineno, raw in enumerate(text.splitlines(), 1):
            line = raw.rstrip()
            stripped = line.strip()
            if not stripped or stripped[0] in ";#":
                continue
            if raw[:1].isspace() and last_key is not None and current is not None:
                target = self.defaults if current == "DEFAULT" else self.sections[current]._data
                target[last_key] += "\n" + stripped
                continue
            if stripped.startswith("[") and stripped.endswith("]"):
                current = stripped[1:-1]
                if current != "DEFAULT" and current in self.sections:
                    raise ValueError(f"{source}:{lineno}: duplicate section {current!r}")
                if current != "DEFAULT":
                    self.sections[current] = Section(self, current)
                last_key = None
                continue
            key, sep, value = stripped.partition("=")
            if not sep:
                raise ValueError(f"{source}:{lineno}: expected key = value, got {stripped!r}")
            key = key.strip().lower()
            value = value.strip()
            if current is None:
                raise ValueError(f"{source}:{lineno}: key outside a section")
            if current == "DEFAULT":
                self.defaults[key] = value
            else:
                self.sections[current]._data[key] = value
            last_key = key

    def interpolate(self, section, key, value, depth=0):
        if depth > 10:
            raise InterpolationError(f"recursion limit reached interpolating {key!r} in [{section.name}]")
        out = []
        i = 0
        while i < len(value):
            if value.startswith("%(", i):
                end = value.find(")s", i)
                if end < 0:
                    raise InterpolationError(f"bad interpolation syntax in {value!r}")
                name = value[i + 2:end].lower()
                if name in section._data:
                    raw = section._data[name]
                elif name in self.defaults:
                    raw = self.defaults[name]
                else:
                    raise InterpolationError(f"option {key!r} in [{section.name}] references missing {name!r}")
                out.append(self.interpolate(section, name, raw, depth + 1))
                i = end + 2
            elif value.startswith("%%", i):
                out.append("%")
                i += 2
            else:
                out.append(value[i])
                i += 1
        return "".join(out)

    def __getitem__(self, name):
        return self.sections[name]

    def __contains__(self, name):
        return name in self.sections


def read_csv(text):
    rows, field, row = [], [], []
    in_quotes = False
    i = 0
    while i < len(text):
        ch = text[i]
        if in_quotes:
            if ch == '"':
                if text[i + 1:i + 2] == '"':
                    field.append('"')
                    i += 1
                else:
                    in_quotes = False
            else:
                field.append(ch)
        elif ch == '"':
            in_quotes = True
        elif ch == ",":
            row.append("".join(field))
            field = []
        elif ch == "\n":
            row.append("".join(field))
            rows.append(row)
            row, field = [], []
        else:
            field.append(ch)
        i += 1
    if field or row:
        row.append("".join(field))
        rows.append(row)
    return rows


def main():
    cfg = Config()
    cfg.read_string(CONFIG)
    rep = cfg["report"]
    print(list(cfg.sections), rep, len(rep), list(rep))
    print(rep["title"], "|", rep["output"], "|", rep.getint("width"), rep.getboolean("show_totals"), rep.getfloat("precision"))
    print(rep.getlist("columns"), cfg["report.filters"].getlist("exclude_products"), rep.get("nothing", "dflt"))
    for key in ("loop", "missing"):
        try:
            cfg["broken"][key]
        except InterpolationError as e:
            print("InterpolationError:", e)
    try:
        rep.getboolean("title")
    except ValueError as e:
        print("ValueError:", e)
    for bad in ["[a]\nno equals here", "k = v", "[s]\n[s]"]:
        try:
            Config().read_string(bad, "bad.ini")
        except ValueError as e:
            print("ValueError:", e)
    rows = read_csv(CSV_DATA)
    header, body = rows[0], rows[1:]
    Row = namedtuple("Row", header)
    records = [Row(r[0], r[1], int(r[2]), float(r[3])) for r in body]
    filt = cfg["report.filters"]
    excluded = set(filt.getlist("exclude_products"))
    kept = [r for r in records if r.units >= filt.getint("min_units") and r.product not in excluded]
    print(len(records), "records,", len(kept), "kept;", [r.product for r in records if r not in kept])
    width = rep.getint("width")
    prec = rep.getint("precision")
    cur = rep["currency"]
    out = io.StringIO()
    print(rep["title"].center(width, "="), file=out)
    groups = defaultdict(list)
    for r in kept:
        groups[getattr(r, rep["group_by"])].append(r)
    grand = 0.0
    for region in sorted(groups, key=lambda g: -sum(r.units * r.price for r in groups[g])):
        items = sorted(groups[region], key=lambda r: (-r.units, r.product))
        subtotal = sum(r.units * r.price for r in items)
        grand += subtotal
        print(f"{region} ({len(items)} item{'s' if len(items) != 1 else ''})", file=out)
        for r in items:
            name = r.product.replace("\n", " / ")
            print(f"  {name:<28.28}{r.units:>6} x {r.price:>8.{prec}f} = {r.units * r.price:>10,.{prec}f} {cur}", file=out)
        print(f"  {'subtotal':>44}{subtotal:>12,.{prec}f} {cur}", file=out)
    if rep.getboolean("show_totals"):
        print("-" * width, file=out)
        print(f"{'TOTAL':>46}{grand:>12,.{prec}f} {cur}", file=out)
    print(out.getvalue(), end="")
    print(os.path.basename(rep["output"]), os.path.dirname(rep["output"]), os.path.splitext(rep["output"])[1])


main()
