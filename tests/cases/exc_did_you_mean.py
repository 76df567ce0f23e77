# "Did you mean" in tracebacks (printed through sys.excepthook into a captured stderr):
# CPython 3.11's distance cut-off, case changes, ties, the order locals -> globals ->
# builtins for NameError, and dir() for AttributeError.
import sys

class Capture:
    def __init__(self):
        self.text = ""
    def write(self, s):
        self.text += s
        return len(s)
    def flush(self):
        pass

def last_line(run):
    try:
        run()
    except Exception as e:
        capture = Capture()
        sys.stderr = capture
        try:
            sys.excepthook(type(e), e, e.__traceback__)
        finally:
            sys.stderr = sys.__stderr__
        return capture.text.strip().splitlines()[-1]
    return "no error"

def names(src, namespace=None):
    return last_line(lambda: exec(src, {} if namespace is None else namespace))

for src in ["n = 1\n_1", "ab = 1\nac", "abc = 1\nabd", "Foo = 1\nfoo", "FOO = 1\nfoo", "xy = 1\nyx",
            "lenght = 1\nlength", "a = 1\nb", "prnt", "Print", "abc = 1\nABC", "abcdef = 1\nABCDEF",
            "_ = 1\n__", "x = 1\nx_", "sum_ = 1\nsun", "mx = 1\nmax_", "zz = 1\nzy = 2\nzx",
            "zy = 1\nzz = 2\nzx", "AA_ = 1\naa", "éa = 1\néb", "café = 1\ncafe", "ß = 1\ns",
            "q1234567890123456789012345678901234567890123 = 1\nq1234567890123456789012345678901234567890124",
            "a1234567890123456789012345678901234567890123x = 1\nb1234567890123456789012345678901234567890123y",
            "def f():\n    vaue = 1\n    return value\nf()",
            "def f():\n    valu = 1\n    return value\nvalue_ = 2\nf()",
            "def f(count):\n    def g():\n        return cout\n    return g()\nf(1)",
            "mix", "lenn", "Sum", "isinstanse", "ValueErorr", "Exeption", "opn"]:
    print(repr(src.splitlines()[-1]), "->", names(src))

# a globals dict with 750 names or more is not searched
many = {"v%d" % i: i for i in range(747)}
many["target1"] = 1
print(len(many), names("target2", dict(many)))
many["w"] = 0
print(len(many), names("target2", dict(many)))

class Thing:
    def __init__(self):
        self.colour = "red"
    def paint(self):
        pass
class Listed:
    def __dir__(self):
        return ["alpha", "alpha", "beta"]
for get in (lambda: [].apend, lambda: "a".uper(), lambda: (1).bitlength, lambda: {}.itms,
            lambda: Thing().color, lambda: Thing().pain, lambda: Thing.paint.__nam__,
            lambda: sys.agrv, lambda: sys.argvv, lambda: Listed().alpah, lambda: (1).real_):
    print(last_line(get))
