# warnings filters: filterwarnings/simplefilter actions (error, ignore, always, default,
# once, module), message and module patterns, resetwarnings, catch_warnings(record=True).
import warnings


def helper(text="from helper", category=UserWarning):
    warnings.warn(text, category)


print(warnings.filters)
print(warnings.defaultaction)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    helper()
    helper()
    warnings.warn("dep", DeprecationWarning)
    print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log])
    print([w.lineno for w in log], log[0].filename == __file__, type(log[0].message).__name__)
    print(str(log[0]).replace(__file__, "FILE"))
print(len(warnings.filters))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        helper()
    except UserWarning as e:
        print("raised", repr(e))
    try:
        helper("rt", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", repr(e))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="spam")
    warnings.warn("spam and eggs")
    warnings.warn("SPAM is matched without case")
    warnings.warn("eggs and spam")
    warnings.filterwarnings("ignore", message=".*ham")
    warnings.warn("green ham")
    warnings.warn("hamster")
    warnings.filterwarnings("ignore", category=RuntimeWarning)
    warnings.warn("ignored runtime", RuntimeWarning)
    warnings.filterwarnings("error", module="__ma")
    try:
        warnings.warn("module pattern")
    except UserWarning as e:
        print("module matched:", e)
    print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    warnings.warn("once only", RuntimeWarning)
    helper("once only")
    print("once:", len(log))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("module")
    helper()
    helper()
    warnings.warn("from helper")
    print("module:", len(log))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(2):
        helper()
        warnings.warn("here")
    print("default:", len(log))
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    print(warnings.filters)
    helper()
    helper()
    print("after reset:", len(log))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always", lineno=0)
    warnings.filterwarnings("ignore", lineno=1)
    helper()
    print("lineno filter:", len(log))
with warnings.catch_warnings(action="ignore"):
    helper("silenced by action=")
with warnings.catch_warnings(record=True, action="always", category=UserWarning) as log:
    helper()
    helper()
    print("action=always:", len(log))

warnings.simplefilter("ignore", UserWarning)
warnings.simplefilter("ignore", UserWarning)
print(warnings.filters[0], len(warnings.filters))
warnings.simplefilter("error", append=True)
print(warnings.filters[-1])
helper("ignored by the module-level filter")
warnings.resetwarnings()

for bad in [lambda: warnings.filterwarnings("bogus"),
            lambda: warnings.simplefilter("ignore", lineno=-1),
            lambda: warnings.filterwarnings("ignore", category=5),
            lambda: warnings.filterwarnings("ignore", category=int),
            lambda: warnings.filterwarnings("ignore", message=3),
            lambda: warnings.filterwarnings("ignore", module=None)]:
    try:
        bad()
    except AssertionError as e:
        print("AssertionError", e)

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        with cw:
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError", e)
helper("shown after everything")
