# Designing custom exceptions: extra attributes with a custom __init__, __str__ overrides,
# args after mutation, exceptions as values (identity, equality, reuse), raising the same
# instance twice, catching by a mixin base, and exceptions whose __repr__ is customised.
class AppError(Exception):
    code = 1
    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.message = message
        self.detail = detail
    def __str__(self):
        base = "[E%03d] %s" % (self.code, self.message)
        return base + (" (%s)" % self.detail if self.detail else "")

class NotFound(AppError):
    code = 404

class Retryable:
    """mixin marking errors that may be retried"""
    retries = 3

class Timeout(Retryable, AppError):
    code = 408
    def __repr__(self):
        return "Timeout<%s>" % self.message

e = NotFound("user 7 missing", detail="table=users")
print(str(e), repr(e), e.args, e.code, e.detail, isinstance(e, AppError))
t = Timeout("db slow")
print(str(t), repr(t), t.retries, Timeout.__mro__[1].__name__, [c.__name__ for c in Timeout.__mro__])

e.args = ("replaced", 2)
print(e.args, str(e), e.message)
plain = ValueError("a", "b")
plain.args = ["list", "becomes", "tuple"]
print(plain.args, type(plain.args).__name__, str(plain))
plain.args = ()
print(repr(str(plain)), repr(plain))

print(ValueError("x") == ValueError("x"), e == e, hash(e) == hash(e), len({ValueError("x"), ValueError("x")}))

# the same instance raised twice keeps accumulating traceback entries in CPython's view,
# but its identity and attributes are preserved
shared = KeyError("shared")
caught = []
for attempt in range(2):
    try:
        raise shared
    except KeyError as err:
        caught.append(err)
print(caught[0] is caught[1] is shared, shared.args)

# catching by the mixin requires an except clause naming a BaseException subclass
def attempt(n):
    if n < 2:
        raise Timeout("try %d" % n)
    return "succeeded on try %d" % n
for n in range(3):
    try:
        print(attempt(n))
    except AppError as err:
        print("failed:", err, "retryable:", isinstance(err, Retryable))

# exceptions with keyword-only constructor parameters and missing arguments
for args, kw in (((), {}), (("m",), {"detail": "d"}), (("m", "extra"), {}), (("m",), {"nope": 1})):
    try:
        print(str(AppError(*args, **kw)))
    except TypeError as err:
        print(type(err).__name__, err)

# BaseException subclasses that are not Exception are not caught by "except Exception"
class Abort(BaseException):
    pass
try:
    try:
        raise Abort("stop now")
    except Exception:
        print("not reached")
except BaseException as err:
    print("caught at BaseException level:", type(err).__name__, err)

# an exception whose __str__ returns a non-string
class BadStr(Exception):
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError as err:
    print(type(err).__name__, err)
print(repr(BadStr("still fine")))

# exception instances can carry any objects and be compared via attributes
class Conflict(AppError):
    code = 409
    def __init__(self, key, existing):
        super().__init__("duplicate key %r" % (key,), detail="existing=%r" % (existing,))
        self.key = key
errors = [Conflict("a", 1), NotFound("b"), Conflict(("t", 1), [2])]
print(sorted(str(x) for x in errors), [x.key for x in errors if isinstance(x, Conflict)])
print(Conflict.__init__.__qualname__, Conflict("k", 0).__class__.__bases__[0].__name__, issubclass(Conflict, Exception))
