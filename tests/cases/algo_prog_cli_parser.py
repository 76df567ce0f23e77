"""An argparse-like command-line parser written by hand: options, flags, subcommands,
type conversion, choices, defaults, help text and usage errors via SystemExit."""
import sys
import os
from collections import OrderedDict
from types import SimpleNamespace


class UsageError(Exception):
    pass


_MISSING = object()


class Option:
    def __init__(self, *names, dest=None, type=str, default=_MISSING, action="store", choices=None,
                 help="", nargs=None, required=False, metavar=None):
        self.names = names
        self.positional = not names[0].startswith("-")
        long_names = [n for n in names if n.startswith("--")]
        self.dest = dest or (long_names[0] if long_names else names[0]).lstrip("-").replace("-", "_")
        self.type = type
        self.action = action
        if default is _MISSING:
            default = {"store_true": False, "store_false": True, "count": 0, "append": None}.get(action)
        self.default = default
        self.choices = choices
        self.help = help
        self.nargs = nargs
        self.required = required or (self.positional and nargs not in ("?", "*"))
        self.metavar = metavar or (self.dest if self.positional else self.dest.upper())

    def takes_value(self):
        return self.action in ("store", "append")

    def convert(self, text):
        try:
            value = self.type(text)
        except (TypeError, ValueError):
            tname = getattr(self.type, "__name__", repr(self.type))
            raise UsageError(f"argument {'/'.join(self.names)}: invalid {tname} value: {text!r}") from None
        if self.choices is not None and value not in self.choices:
            shown = ", ".join(map(repr, self.choices))
            raise UsageError(f"argument {'/'.join(self.names)}: invalid choice: {value!r} (choose from {shown})")
        return value

    def usage_part(self):
        if self.positional:
            return {"?": f"[{self.metavar}]", "*": f"[{self.metavar} ...]", "+": f"{self.metavar} [{self.metavar} ...]"}.get(self.nargs, self.metavar)
        part = self.names[0] + (f" {self.metavar}" if self.takes_value() else "")
        return part if self.required else f"[{part}]"


class Parser:
    def __init__(self, prog, description="", parent=None):
        self.prog = prog
        self.description = description
        self.options = []
        self.subparsers = OrderedDict()
        self.parent = parent
        self.add("-h", "--help", action="help", help="show this help message and exit")

    def add(self, *names, **kw):
        opt = Option(*names, **kw)
        for existing in self.options:
            clash = set(existing.names) & set(names)
            if clash:
                raise ValueError(f"conflicting option string: {', '.join(sorted(clash))}")
        self.options.append(opt)
        return opt

    def subcommand(self, name, description=""):
        sub = Parser(f"{self.prog} {name}", description, parent=self)
        self.subparsers[name] = sub
        return sub

    def usage(self):
        parts = [o.usage_part() for o in self.options if not o.positional]
        parts += [o.usage_part() for o in self.options if o.positional]
        if self.subparsers:
            parts.append("{" + ",".join(self.subparsers) + "} ...")
        return f"usage: {self.prog} " + " ".join(parts)

    def format_help(self):
        lines = [self.usage(), ""]
        if self.description:
            lines += [self.description, ""]
        pos = [o for o in self.options if o.positional]
        if pos:
            lines.append("positional arguments:")
            for o in pos:
                lines.append(f"  {o.metavar:<22}{o.help}")
        lines.append("options:")
        for o in self.options:
            if o.positional:
                continue
            label = ", ".join(n + (f" {o.metavar}" if o.takes_value() else "") for n in o.names)
            default = f" (default: {o.default})" if o.default not in (None, False) and o.action != "count" else ""
            if len(label) > 20:
                lines.append(f"  {label}")
                lines.append(f"  {'':<22}{o.help}{default}")
            else:
                lines.append(f"  {label:<22}{o.help}{default}")
        if self.subparsers:
            lines.append("commands:")
            for name, sub in self.subparsers.items():
                lines.append(f"  {name:<22}{sub.description}")
        return "\n".join(lines)

    def error(self, message):
        print(self.usage(), file=sys.stdout)
        print(f"{self.prog}: error: {message}", file=sys.stdout)
        raise SystemExit(2)

    def parse(self, argv):
        try:
            return self._parse(list(argv))
        except UsageError as e:
            self.error(str(e))

    def _find(self, token):
        matches = [o for o in self.options if not o.positional and any(n == token for n in o.names)]
        if not matches and token.startswith("--"):
            matches = [o for o in self.options if any(n.startswith(token) for n in o.names if n.startswith("--"))]
            if len(matches) > 1:
                names = ", ".join(n for o in matches for n in o.names if n.startswith(token))
                raise UsageError(f"ambiguous option: {token} could match {names}")
        return matches[0] if matches else None

    def _parse(self, argv):
        ns = SimpleNamespace(**{o.dest: o.default for o in self.options if o.action != "help"})
        positionals = [o for o in self.options if o.positional]
        seen = set()
        leftovers = []
        i = 0
        only_positional = False
        while i < len(argv):
            tok = argv[i]
            i += 1
            if tok == "--" and not only_positional:
                only_positional = True
                continue
            if tok.startswith("-") and len(tok) > 1 and not only_positional and not tok.lstrip("-").isdigit():
                value = None
                if tok.startswith("--") and "=" in tok:
                    tok, value = tok.split("=", 1)
                elif not tok.startswith("--") and len(tok) > 2:
                    short = self._find(tok[:2])
                    if short is not None and short.takes_value():
                        tok, value = tok[:2], tok[2:]
                    elif short is not None:
                        argv[i:i] = ["-" + c for c in tok[2:]]
                        tok = tok[:2]
                opt = self._find(tok)
                if opt is None:
                    raise UsageError(f"unrecognized arguments: {tok}")
                seen.add(opt.dest)
                if opt.action == "help":
                    print(self.format_help())
                    raise SystemExit(0)
                if opt.action == "store_true":
                    setattr(ns, opt.dest, True)
                elif opt.action == "store_false":
                    setattr(ns, opt.dest, False)
                elif opt.action == "count":
                    setattr(ns, opt.dest, getattr(ns, opt.dest) + 1)
                else:
                    if value is None:
                        if i >= len(argv):
                            raise UsageError(f"argument {'/'.join(opt.names)}: expected one argument")
                        value = argv[i]
                        i += 1
                    converted = opt.convert(value)
                    if opt.action == "append":
                        current = getattr(ns, opt.dest) or []
                        setattr(ns, opt.dest, current + [converted])
                    else:
                        setattr(ns, opt.dest, converted)
                continue
            if self.subparsers and not positionals:
                if tok not in self.subparsers:
                    choices = ", ".join(map(repr, self.subparsers))
                    raise UsageError(f"argument command: invalid choice: {tok!r} (choose from {choices})")
                sub_ns = self.subparsers[tok].parse(argv[i:])
                ns.command = tok
                for k, v in vars(sub_ns).items():
                    setattr(ns, k, v)
                i = len(argv)
                break
            leftovers.append(tok)
        for opt in positionals:
            if opt.nargs in ("*", "+"):
                vals, leftovers = leftovers, []
                if opt.nargs == "+" and not vals:
                    raise UsageError(f"the following arguments are required: {opt.metavar}")
                setattr(ns, opt.dest, [opt.convert(v) for v in vals])
            elif leftovers:
                setattr(ns, opt.dest, opt.convert(leftovers.pop(0)))
                seen.add(opt.dest)
        if leftovers:
            raise UsageError(f"unrecognized arguments: {' '.join(leftovers)}")
        missing = [o.metavar if o.positional else "/".join(o.names) for o in self.options
                   if o.required and o.dest not in seen and not (o.positional and o.nargs in ("*", "+"))]
        if missing:
            raise UsageError(f"the following arguments are required: {', '.join(missing)}")
        if self.subparsers and not hasattr(ns, "command"):
            raise UsageError("the following arguments are required: command")
        return ns


def positive_int(text):
    n = int(text)
    if n <= 0:
        raise ValueError("not positive")
    return n


positive_int.__name__ = "positive int"


def build():
    p = Parser("tool", "Process files in interesting ways.")
    p.add("-v", "--verbose", action="count", help="more output")
    p.add("-q", "--quiet", action="store_true", help="less output")
    p.add("--color", choices=["auto", "never", "always"], default="auto", help="colorize")
    p.add("-C", "--directory", default=".", help="change to directory first")
    cp = p.subcommand("copy", "copy files")
    cp.add("src", nargs="+", help="sources")
    cp.add("-j", "--jobs", type=positive_int, default=1, help="parallel jobs")
    cp.add("--exclude", action="append", help="glob to skip")
    cp.add("--dry-run", action="store_true", help="only print")
    st = p.subcommand("stats", "print statistics")
    st.add("file", help="input file")
    st.add("--top", type=int, default=10, help="rows to show")
    st.add("--ratio", type=float, help="sampling ratio")
    st.add("--format", dest="fmt", choices=("table", "csv"), default="table", help="output format")
    return p


CASES = [
    ["copy", "a.txt", "b.txt", "-j", "4", "--exclude=*.tmp", "--exclude", "*.bak"],
    ["-vvv", "--color", "never", "stats", "data.csv", "--top=3", "--ratio", "0.25"],
    ["-qv", "stats", "--format", "csv", "--", "-weird-name.csv"],
    ["stats", "x.csv", "--fo", "csv"],
    ["stats", "x.csv", "--to", "5"],
    ["--colour", "auto"],
    ["copy", "-j", "0", "f"],
    ["copy", "-j", "many", "f"],
    ["copy"],
    ["stats"],
    ["stats", "f", "--format", "xml"],
    ["deploy"],
    [],
    ["stats", "f", "extra"],
    ["--help"],
    ["copy", "-h"],
    ["stats", "f", "--top"],
    ["copy", "-j8", "x", "--dry-run"],
]


def main():
    parser = build()
    for argv in CASES:
        print(f"$ tool {' '.join(argv)}")
        try:
            ns = parser.parse(argv)
        except SystemExit as e:
            print(f"  -> exit {e.code}")
            continue
        print("  ", dict(sorted(vars(ns).items())))
    try:
        parser.add("-q", help="dup")
    except ValueError as e:
        print("ValueError:", e)
    env_default = os.environ.get("TOOL_JOBS_FOR_TEST", "2")
    print("env default jobs:", positive_int(env_default))
    sys.exit(parser.parse(["copy", "only-one"]).jobs - 1)


main()
