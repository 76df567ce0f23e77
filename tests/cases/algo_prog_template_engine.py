"""A small template engine that compiles templates to Python source, execs it, and renders
with filters, loops with loop variables, conditionals, macros, includes and autoescaping."""
import sys
import io
from collections import ChainMap


class TemplateSyntaxError(Exception):
    def __init__(self, message, lineno, name):
        super().__init__(f"{name}:{lineno}: {message}")
        self.lineno = lineno


class Undefined:
    def __init__(self, name):
        self._name = name

    def __str__(self):
        return ""

    def __iter__(self):
        return iter(())

    def __bool__(self):
        return False

    def __getattr__(self, attr):
        if attr.startswith("__"):
            raise AttributeError(attr)
        return Undefined(f"{self._name}.{attr}")

    def __getitem__(self, key):
        return Undefined(f"{self._name}[{key!r}]")

    def __repr__(self):
        return f"Undefined({self._name!r})"


class Markup(str):
    def __html__(self):
        return self

    def __add__(self, other):
        return Markup(str.__add__(self, escape(other)))


def escape(value):
    if hasattr(value, "__html__"):
        return value.__html__()
    s = str(value)
    for a, b in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&#34;"), ("'", "&#39;")):
        s = s.replace(a, b)
    return Markup(s)


FILTERS = {
    "upper": lambda v: str(v).upper(),
    "lower": lambda v: str(v).lower(),
    "title": lambda v: str(v).title(),
    "length": len,
    "join": lambda v, sep=", ": sep.join(map(str, v)),
    "default": lambda v, d="": v if (v or v == 0) and not isinstance(v, Undefined) else d,
    "safe": Markup,
    "money": lambda v: f"${v:,.2f}",
    "first": lambda v: next(iter(v), ""),
    "sort": lambda v, attr=None: sorted(v, key=(lambda x: x[attr] if isinstance(x, dict) else getattr(x, attr)) if attr else None),
    "truncate": lambda v, n=10: v if len(v) <= n else v[:n - 3] + "...",
    "round": round,
}


class LoopInfo:
    def __init__(self, length):
        self.length = length
        self.index0 = -1

    @property
    def index(self):
        return self.index0 + 1

    @property
    def first(self):
        return self.index0 == 0

    @property
    def last(self):
        return self.index0 == self.length - 1

    def cycle(self, *values):
        return values[self.index0 % len(values)]


def tokenize(source):
    pos, lineno = 0, 1
    while pos < len(source):
        starts = [(source.find(tag, pos), tag) for tag in ("{{", "{%", "{#")]
        starts = [(i, t) for i, t in starts if i >= 0]
        if not starts:
            yield "text", source[pos:], lineno
            return
        i, tag = min(starts)
        if i > pos:
            yield "text", source[pos:i], lineno
            lineno += source.count("\n", pos, i)
        close = {"{{": "}}", "{%": "%}", "{#": "#}"}[tag]
        j = source.find(close, i + 2)
        if j < 0:
            raise TemplateSyntaxError(f"unclosed {tag!r}", lineno, "<template>")
        body = source[i + 2:j].strip()
        kind = {"{{": "expr", "{%": "stmt", "{#": "comment"}[tag]
        yield kind, body, lineno
        lineno += source.count("\n", i, j)
        pos = j + 2


def compile_expr(expr):
    parts = [p.strip() for p in split_filters(expr)]
    code = f"_lookup({parts[0]!r}, lambda: ({parts[0]}))"
    for f in parts[1:]:
        name, _, args = f.partition("(")
        args = args[:-1] if args else ""
        code = f"_filters[{name.strip()!r}]({code}{', ' + args if args else ''})"
    return code


def split_filters(expr):
    depth, out, cur, quote = 0, [], [], None
    for ch in expr:
        if quote:
            cur.append(ch)
            if ch == quote:
                quote = None
            continue
        if ch in "'\"":
            quote = ch
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    out.append("".join(cur))
    return out


class Template:
    def __init__(self, source, name="<template>", env=None):
        self.name = name
        self.env = env
        self.source_code = self._generate(source)
        namespace = {}
        try:
            code = compile(self.source_code, f"<compiled {name}>", "exec")
        except SyntaxError as e:
            raise TemplateSyntaxError(f"bad expression ({e.msg})", e.lineno or 0, name) from None
        exec(code, {"LoopInfo": LoopInfo, "Undefined": Undefined}, namespace)
        self._render = namespace["render"]

    def _generate(self, source):
        lines = ["def render(_ctx, _filters, _esc, _env, _out):",
                 "    def _lookup(name, thunk):",
                 "        try:",
                 "            return thunk()",
                 "        except NameError:",
                 "            return Undefined(name)",
                 "    _w = _out.append"]
        indent = 1
        stack = []
        for kind, body, lineno in tokenize(source):
            pad = "    " * indent
            if kind == "text":
                lines.append(f"{pad}_w({body!r})")
            elif kind == "expr":
                lines.append(f"{pad}_w(_esc({compile_expr(body)}))  # line {lineno}")
            elif kind == "comment":
                continue
            else:
                word, _, rest = body.partition(" ")
                if word == "for":
                    target, _, iterable = rest.partition(" in ")
                    lines.append(f"{pad}_items = list({compile_expr(iterable)})")
                    lines.append(f"{pad}loop = LoopInfo(len(_items))")
                    lines.append(f"{pad}for {target} in _items:")
                    lines.append(f"{pad}    loop.index0 += 1")
                    stack.append(("for", lineno))
                    indent += 1
                elif word == "if":
                    lines.append(f"{pad}if {compile_expr(rest)}:")
                    stack.append(("if", lineno))
                    indent += 1
                elif word == "elif":
                    if not stack or stack[-1][0] != "if":
                        raise TemplateSyntaxError("elif outside if", lineno, self.name)
                    lines.append(f"{'    ' * (indent - 1)}elif {compile_expr(rest)}:")
                elif word == "else":
                    if not stack:
                        raise TemplateSyntaxError("else outside block", lineno, self.name)
                    lines.append(f"{'    ' * (indent - 1)}else:")
                elif word == "set":
                    name, _, value = rest.partition("=")
                    lines.append(f"{pad}{name.strip()} = {compile_expr(value.strip())}")
                elif word == "macro":
                    lines.append(f"{pad}def {rest}:")
                    lines.append(f"{pad}    _out = []")
                    lines.append(f"{pad}    _w = _out.append")
                    stack.append(("macro", lineno))
                    indent += 1
                elif word == "include":
                    lines.append(f"{pad}_w(_esc(__import__('builtins').__dict__['str'](_env.get({rest})._call(_ctx))))" if False else
                                 f"{pad}_w(Undefined('x').__class__ and _env.render_include({rest}, locals()))")
                elif word in ("endfor", "endif", "endmacro"):
                    if not stack or stack[-1][0] != word[3:]:
                        raise TemplateSyntaxError(f"unexpected {word}", lineno, self.name)
                    kind_, _ = stack.pop()
                    if kind_ == "macro":
                        lines.append(f"{pad}return _esc.__self__('' .join(_out)) if hasattr(_esc, '__self__') else ''.join(_out)")
                    indent -= 1
                    if kind_ == "macro":
                        lines.append(f"{'    ' * indent}_w_dummy = None")
                else:
                    raise TemplateSyntaxError(f"unknown tag {word!r}", lineno, self.name)
        if stack:
            kind_, lineno = stack[-1]
            raise TemplateSyntaxError(f"unclosed {kind_!r} block", lineno, self.name)
        return "\n".join(lines) + "\n"

    def render(self, **context):
        out = []
        scope = ChainMap(dict(context), self.env.globals if self.env else {})
        code = self._render.__code__
        fn = type(self._render)(code, {**self._render.__globals__, **scope}, "render")
        fn(scope, FILTERS, escape if (self.env is None or self.env.autoescape) else str, self.env, out)
        return "".join(out)


class Environment:
    def __init__(self, templates, autoescape=True):
        self.templates = templates
        self.autoescape = autoescape
        self.globals = {"site": "Example", "year": 2024}
        self.cache = {}

    def get(self, name):
        if name not in self.cache:
            try:
                src = self.templates[name]
            except KeyError:
                raise LookupError(f"template {name!r} not found") from None
            self.cache[name] = Template(src, name, self)
        return self.cache[name]

    def render_include(self, name, local_vars):
        ctx = {k: v for k, v in local_vars.items() if not k.startswith("_")}
        return Markup(self.get(name).render(**ctx))


TEMPLATES = {
    "header.html": "<h1>{{ site|upper }} — {{ title|default('Untitled') }}</h1>\n",
    "page.html": """{% include 'header.html' %}{# the body #}
<ul>
{% for item in items %}  <li class="{{ loop.cycle('odd', 'even') }}">{{ loop.index }}/{{ loop.length }} {{ item.name|title }}: {{ item.price|money }}{% if loop.first %} (first){% elif loop.last %} (last){% endif %}</li>
{% endfor %}</ul>
{% set total = sum(i['price'] for i in items) %}Total: {{ total|round(2)|money }} for {{ items|length }} items
Tags: {{ tags|sort|join(' · ') }}
Note: {{ note }} / {{ missing_var|default('n/a') }} / [{{ missing_var.attr }}]
Safe: {{ raw_html|safe }} Escaped: {{ raw_html }}
{% macro badge(text, kind='info') %}<span class="{{ kind }}">{{ text|truncate(12) }}</span>{% endmacro %}{{ badge('hello') }} {{ badge('a rather long label', 'warn') }}
""",
    "bad_tag.html": "{% frobnicate %}",
    "unclosed.html": "{% for x in y %}no end",
    "bad_expr.html": "{{ 1 + }}",
    "stray.html": "{% endif %}",
}


class Record(dict):
    """A dict whose keys read as attributes too, as template data usually is."""

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def main():
    env = Environment(TEMPLATES)
    items = [Record(name="tea pot", price=24.5), Record(name="mug <large>", price=8.0), Record(name="spoon", price=1.25)]
    page = env.get("page.html")
    print(page.render(title="Shop & Co", items=items, tags=["zeta", "alpha", "mid"], note="5 > 3 & 'quotes'",
                      raw_html="<b>bold</b>", sum=sum))
    print("source lines:", len(page.source_code.splitlines()), "| first:", page.source_code.splitlines()[0])
    plain = Environment(TEMPLATES, autoescape=False)
    print(plain.get("header.html").render(title="<i>raw</i>"), end="")
    for name in ["bad_tag.html", "unclosed.html", "bad_expr.html", "stray.html", "nope.html"]:
        try:
            env.get(name)
        except TemplateSyntaxError as e:
            print("TemplateSyntaxError:", e, "| line", e.lineno)
        except LookupError as e:
            print("LookupError:", e)
    print(escape("<a href='x'>&</a>"), escape(Markup("<ok>")), type(Markup("a") + "<b>").__name__, Markup("a") + "<b>")
    u = Undefined("foo")
    print(repr(u.bar["baz"]), bool(u), list(u), f"[{u}]")
    print(list(tokenize("a{{b}}c{%d%}e{#f#}g")))


main()
