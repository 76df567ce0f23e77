# User-defined exception classes.
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f"{name} not found")
        self.name = name

class Detailed(AppError):
    def __init__(self, code, detail):
        self.code = code
        self.detail = detail
    def __str__(self):
        return f"[{self.code}] {self.detail}"

try:
    raise NotFound("widget")
except AppError as e:
    print(type(e).__name__, e, e.name, e.args)

try:
    raise Detailed(404, "missing")
except Detailed as e:
    print(str(e), e.args, e.code)

for exc in (NotFound("x"), Detailed(1, "d"), AppError("plain")):
    try:
        raise exc
    except NotFound:
        print("NotFound handler")
    except AppError as a:
        print("AppError handler:", a)

print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
print(repr(AppError("r")), repr(NotFound("q")))
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr()), str(WithRepr("s")))
