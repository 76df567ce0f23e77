# __exit__ returning True suppresses the exception; it gets the exception details.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is None:
            print("clean exit")
            return False
        print("exit saw", et.__name__, repr(ev), tb is not None)
        return issubclass(et, self.types)

with Suppress(KeyError):
    {}["missing"]
    print("not printed")
print("continued after suppression")

with Suppress(KeyError):
    print("no error")

try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated", e)

def in_func():
    with Suppress(ZeroDivisionError):
        return 1 / 0
    return "fell through after suppression"
print(in_func())

class Truthy:
    def __enter__(self): pass
    def __exit__(self, *a): return "yes"
with Truthy():
    raise TypeError
print("truthy non-bool return also suppresses")
