# Which str operations hand back the very string they were given (exact str and a str
# subclass's instance), as CPython's do: identity and result type for each.
class S(str): pass
s = S("abc")
x = "abc"
tests = {
 "strip": lambda v: v.strip(), "lstrip": lambda v: v.lstrip(), "rstrip": lambda v: v.rstrip(),
 "replace": lambda v: v.replace("z", "y"), "upper_noop": lambda v: v.upper(),
 "ljust": lambda v: v.ljust(2), "rjust": lambda v: v.rjust(2), "center": lambda v: v.center(2), "zfill": lambda v: v.zfill(2),
 "expandtabs": lambda v: v.expandtabs(), "format": lambda v: v.format(), "pct": lambda v: v % (),
 "partition0": lambda v: v.partition("z")[0], "rpartition2": lambda v: v.rpartition("z")[2],
 "split0": lambda v: v.split()[0], "rsplit0": lambda v: v.rsplit()[0], "splitz": lambda v: v.split("z")[0],
 "join1": lambda v: "".join([v]), "join_sep": lambda v: v.join(["q"]), "str": lambda v: str(v), "fmt": lambda v: format(v),
 "fmt_s": lambda v: format(v, "s"), "fstr": lambda v: f"{v}", "mul1": lambda v: v * 1, "add_empty": lambda v: v + "",
 "slice_all": lambda v: v[:], "slice_step": lambda v: v[::1], "removeprefix": lambda v: v.removeprefix("z"),
 "removesuffix": lambda v: v.removesuffix("z"), "translate": lambda v: v.translate({}), "casefold": lambda v: v.casefold(),
 "lower": lambda v: v.lower(), "title": lambda v: "Abc".title(), "swapcase": lambda v: v.swapcase(),
 "capitalize": lambda v: v.capitalize(), "splitlines0": lambda v: v.splitlines()[0], "encode_dec": lambda v: v.encode().decode(),
 "iter": lambda v: type(iter(v)).__name__, "sum": lambda v: sum([], v) if False else v, "min": lambda v: min([v]),
 "getitem0": lambda v: v[0], "repr": lambda v: repr(v),
}
for name, fn in tests.items():
    for label, v in (("str", x), ("sub", s)):
        r = fn(v)
        if isinstance(r, str):
            print(name, label, r is v, type(r).__name__)
        else:
            print(name, label, r)
