"""A spreadsheet engine: formulas compiled with compile()/eval() against a custom mapping,
dependency tracking, recalculation order, error cells and ExceptionGroup reports."""
import math
import sys
from collections import defaultdict
from functools import lru_cache, wraps


class CellError(Exception):
    def __init__(self, ref, message):
        super().__init__(f"{ref}: {message}")
        self.ref = ref


class CircularRef(CellError):
    pass


def col_to_num(col):
    n = 0
    for ch in col:
        n = n * 26 + (ord(ch) - 64)
    return n


def num_to_col(n):
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def split_ref(ref):
    i = 0
    while i < len(ref) and ref[i].isalpha():
        i += 1
    col, row = ref[:i], ref[i:]
    if not col or not row.isdigit():
        raise ValueError(f"bad reference {ref!r}")
    return col.upper(), int(row)


def expand_range(a, b):
    (ca, ra), (cb, rb) = split_ref(a), split_ref(b)
    c1, c2 = sorted((col_to_num(ca), col_to_num(cb)))
    r1, r2 = sorted((ra, rb))
    return [f"{num_to_col(c)}{r}" for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]


def spreadsheet_function(fn):
    @wraps(fn)
    def wrapper(*args):
        flat = []
        for a in args:
            if isinstance(a, (list, tuple)):
                flat.extend(v for v in a if v is not None)
            else:
                flat.append(a)
        return fn(*flat)
    wrapper.is_sheet_fn = True
    return wrapper


@spreadsheet_function
def SUM(*v):
    return sum(v)


@spreadsheet_function
def AVG(*v):
    return sum(v) / len(v) if v else 0.0


@spreadsheet_function
def MAX(*v):
    return max(v)


@spreadsheet_function
def COUNT(*v):
    return len(v)


def IF(cond, a, b):
    return a if cond else b


def ROUND(x, n=0):
    return round(x, n)


FUNCTIONS = {f.__name__: f for f in (SUM, AVG, MAX, COUNT, IF, ROUND)}
FUNCTIONS.update(sqrt=math.sqrt, pi=math.pi, abs=abs, str=str, len=len)


class Scope:
    """The locals mapping that formulas are evaluated in: names become cell lookups."""

    def __init__(self, sheet, origin):
        self.sheet = sheet
        self.origin = origin

    def __getitem__(self, name):
        if name in FUNCTIONS:
            return FUNCTIONS[name]
        if name == "R":
            return self.range
        try:
            split_ref(name)
        except ValueError:
            raise KeyError(name) from None
        self.sheet.deps[self.origin].add(name)
        return self.sheet.value(name)

    def range(self, a, b):
        refs = expand_range(a, b)
        self.sheet.deps[self.origin].update(refs)
        return [self.sheet.value(r) for r in refs]


class Sheet:
    def __init__(self):
        self.raw = {}
        self.cache = {}
        self.deps = defaultdict(set)
        self.evaluating = []
        self.evals = 0

    def __setitem__(self, ref, text):
        ref = ref.upper()
        self.raw[ref] = text
        self.invalidate(ref)

    def invalidate(self, ref, seen=None):
        seen = set() if seen is None else seen
        if ref in seen:
            return
        seen.add(ref)
        self.cache.pop(ref, None)
        for other, used in list(self.deps.items()):
            if ref in used:
                self.invalidate(other, seen)

    @staticmethod
    @lru_cache(maxsize=64)
    def _compile(text):
        src = text[1:].replace(":", "','").replace("R(", "R('") if False else text[1:]
        return compile(src, f"<formula {text}>", "eval")

    def value(self, ref):
        ref = ref.upper()
        if ref in self.cache:
            return self.cache[ref]
        if ref in self.evaluating:
            cycle = self.evaluating[self.evaluating.index(ref):] + [ref]
            raise CircularRef(ref, "circular: " + " -> ".join(cycle))
        text = self.raw.get(ref)
        if text is None:
            return None
        self.evaluating.append(ref)
        try:
            self.deps[ref].clear()
            if isinstance(text, str) and text.startswith("="):
                self.evals += 1
                try:
                    code = Sheet._compile(text)
                    result = eval(code, {"__builtins__": {}}, Scope(self, ref))
                except CellError:
                    raise
                except NameError as e:
                    raise CellError(ref, f"unknown name {e.name!r}") from e
                except ZeroDivisionError as e:
                    raise CellError(ref, "#DIV/0!") from e
                except SyntaxError as e:
                    raise CellError(ref, f"syntax error at col {e.offset}") from None
                except (TypeError, ValueError) as e:
                    raise CellError(ref, f"#VALUE! ({e})") from e
            else:
                try:
                    result = int(text)
                except ValueError:
                    try:
                        result = float(text)
                    except ValueError:
                        result = text
            self.cache[ref] = result
            return result
        finally:
            self.evaluating.pop()

    def recalc(self):
        errors = []
        values = {}
        for ref in sorted(self.raw, key=lambda r: (split_ref(r)[1], col_to_num(split_ref(r)[0]))):
            try:
                values[ref] = self.value(ref)
            except CellError as e:
                errors.append(e)
                values[ref] = "#ERR"
        if errors:
            group = ExceptionGroup("recalc failed", errors)
            group.values = values
            raise group
        return values

    def render(self, values):
        refs = list(values)
        cols = sorted({split_ref(r)[0] for r in refs}, key=col_to_num)
        rows = sorted({split_ref(r)[1] for r in refs})
        def fmt(v):
            if isinstance(v, float):
                return f"{v:,.2f}"
            return "" if v is None else str(v)
        cells = {r: fmt(v) for r, v in values.items()}
        width = {c: max([len(c)] + [len(cells.get(f"{c}{r}", "")) for r in rows]) for c in cols}
        lines = ["    " + " | ".join(c.center(width[c]) for c in cols)]
        for r in rows:
            row = []
            for c in cols:
                v = values.get(f"{c}{r}")
                s = cells.get(f"{c}{r}", "")
                row.append(s.rjust(width[c]) if isinstance(v, (int, float)) else s.ljust(width[c]))
            lines.append(f"{r:>3} " + " | ".join(row))
        return "\n".join(lines)


def main():
    s = Sheet()
    data = {
        "A1": "item", "B1": "qty", "C1": "price", "D1": "total",
        "A2": "apple", "B2": "3", "C2": "0.5", "D2": "=B2*C2",
        "A3": "pear", "B3": "10", "C3": "1.25", "D3": "=B3*C3",
        "A4": "melon", "B4": "1", "C4": "3", "D4": "=ROUND(B4*C4*1.0825, 2)",
        "A5": "sum", "B5": "=SUM(R('B2','B4'))", "D5": "=SUM(R('D2','D4'))",
        "A6": "avg", "D6": "=ROUND(AVG(R('D2','D4')), 3)",
        "A7": "label", "D7": "=IF(D5 > 15, 'big', 'small') + '!' * COUNT(R('B2','B4'))",
    }
    for k, v in data.items():
        s[k] = v
    values = s.recalc()
    print(s.render(values))
    print("evals:", s.evals, "deps of D5:", sorted(s.deps["D5"]))
    s["B3"] = "20"
    print("cache after edit:", sorted(s.cache))
    values = s.recalc()
    print(values["D5"], values["D7"], "evals:", s.evals)
    s["E1"] = "=E2 + 1"
    s["E2"] = "=E3 * 2"
    s["E3"] = "=E1"
    s["F1"] = "=1/0"
    s["F2"] = "=nosuch + 1"
    s["F3"] = "=A2 * 'x' - 1"
    s["F4"] = "=(1 +"
    s["F5"] = "=sqrt(-1)"
    s["F6"] = "=len(A2) + D2"
    try:
        s.recalc()
    except* CircularRef as eg:
        print("cycles:", [str(e) for e in eg.exceptions])
    except* CellError as eg:
        for e in eg.exceptions:
            cause = e.__cause__
            print(f"  {e.ref}: {e} | cause={type(cause).__name__ if cause else None}")
        print("  values F6:", eg.values["F6"] if hasattr(eg, "values") else "n/a")
    try:
        s.recalc()
    except ExceptionGroup as eg:
        print(eg, len(eg.exceptions), eg.values["F6"], eg.values["E1"])
        circ, rest = eg.split(CircularRef)
        print(type(circ).__name__, len(circ.exceptions), len(rest.exceptions))
    print([num_to_col(n) for n in (1, 26, 27, 52, 53, 702, 703, 18278)], [col_to_num(c) for c in ("A", "Z", "AA", "ZZ", "AAA")])
    print(expand_range("B3", "A1"), Sheet._compile.cache_info().currsize, SUM.__name__, SUM.is_sheet_fn, SUM.__wrapped__(1, 2))
    try:
        split_ref("3A")
    except ValueError as e:
        print("ValueError:", e)


main()
