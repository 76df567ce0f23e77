# warnings.warn: CPython's stderr format with the source line, once per location by
# default, categories, stacklevel, showwarning/formatwarning replacement, errors.
import warnings


def deprecated_api():
    warnings.warn("deprecated_api is deprecated", DeprecationWarning, stacklevel=2)


def helper():
    warnings.warn("from helper")


for i in range(3):
    helper()
warnings.warn("top level")
warnings.warn("top level")
deprecated_api()
deprecated_api()
warnings.warn(UserWarning("an instance"))
warnings.warn("runtime trouble", RuntimeWarning)
warnings.warn("future change", FutureWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("deprecated at top level", DeprecationWarning)


class MyWarning(UserWarning):
    pass


warnings.warn("custom category", MyWarning)


def level3():
    warnings.warn("blame the caller's caller", stacklevel=3)


def level2():
    level3()


level2()


def too_deep():
    warnings.warn("beyond the stack", stacklevel=50)


too_deep()

for bad in (5, int, "UserWarning"):
    try:
        warnings.warn("x", bad)
    except TypeError as e:
        print("TypeError", e)

print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "  the line  "), end="")
print(repr(warnings.formatwarning("msg", UserWarning, "missing_file.py", 3)))


def shower(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno, type(message).__name__)


saved = warnings.showwarning
warnings.showwarning = shower
warnings.warn("to custom showwarning")
warnings.showwarning = saved


def formatter(message, category, filename, lineno, line=None):
    return "FORMATTED %s [%s]\n" % (message, category.__name__)


saved_format = warnings.formatwarning
warnings.formatwarning = formatter
warnings.warn("through a custom formatwarning")
warnings.formatwarning = saved_format


class Sink:
    def write(self, text):
        print("sink got:", text.replace(__file__, "FILE"), end="")


warnings.showwarning("direct", UserWarning, "direct.py", 7, file=Sink(), line="src line")
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42)
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42)
registry = {}
warnings.warn_explicit("explicit registry", SyntaxWarning, "other.py", 1, module="m",
                       registry=registry)
print(sorted(k for k in registry if k != "version"))
print("__warningregistry__" in globals())
