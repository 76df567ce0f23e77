# Where CPython's str code hands back the string it was given unchanged, a str subclass's
# instance comes back itself; everywhere else the result is an exact str.


class S(str):
    pass


s = S("abc")
checks = {
    "format()": lambda v: v.format(),
    "format(1)": lambda v: v.format(1),
    "format field": lambda v: (v + "{}").format(1),
    "% ()": lambda v: v % (),
    "% {}": lambda v: v % {},
    "%% conversion": lambda v: (v + "%%") % (),
    "partition[0]": lambda v: v.partition("z")[0],
    "partition hit": lambda v: v.partition("b")[0],
    "rpartition[2]": lambda v: v.rpartition("z")[2],
    "format(v)": lambda v: format(v),
    "format(v, 's')": lambda v: format(v, "s"),
    "format(v, '<3')": lambda v: format(v, "<3"),
    "format(v, '5')": lambda v: format(v, "5"),
    "format(v, '.2')": lambda v: format(v, ".2"),
    "__format__('s')": lambda v: v.__format__("s"),
    "__format__('')": lambda v: v.__format__(""),
    "f-string": lambda v: f"{v}",
    "f-string spec": lambda v: f"{v:s}",
    "'{}'.format": lambda v: "{}".format(v),
    "'{:s}'.format": lambda v: "{:s}".format(v),
    "'%s' %": lambda v: "%s" % v,
    "strip": lambda v: v.strip(),
    "replace": lambda v: v.replace("z", "y"),
    "ljust": lambda v: v.ljust(2),
    "split[0]": lambda v: v.split()[0],
    "[:]": lambda v: v[:],
    "* 1": lambda v: v * 1,
    "+ ''": lambda v: v + "",
    "str()": lambda v: str(v),
}
for name, fn in checks.items():
    r = fn(s)
    print(f"{name:18} {type(r).__name__:4} {r is s!s:5} {r!r}")
    if isinstance(r, tuple):
        print("   ", [type(p).__name__ for p in r])
print([type(p).__name__ for p in s.partition("z")], [type(p).__name__ for p in s.rpartition("z")])
try:
    s % 5
except TypeError as e:
    print("TypeError:", e)
try:
    S("a}").format()
except ValueError as e:
    print("ValueError:", e)
