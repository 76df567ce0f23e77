# `raise ... from None` hides the context; a later handler re-raises with an explicit cause;
# the final traceback shows only the explicit chain.
class LookupFailed(Exception):
    def __init__(self, key, where):
        super().__init__("no %r in %s" % (key, where))
        self.key = key

def fetch(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupFailed(key, "table") from None

def resolve(tables, key):
    errors = []
    for name, table in tables:
        try:
            return fetch(table, key)
        except LookupFailed as exc:
            errors.append(name)
            last = exc
    raise RuntimeError("%r unresolved after trying %s" % (key, ", ".join(errors))) from last

tables = [("local", {"a": 1}), ("global", {"b": 2})]
print(resolve(tables, "a"), resolve(tables, "b"))
try:
    resolve(tables, "c")
except RuntimeError as e:
    print("caught once:", e, "| suppress:", e.__cause__.__suppress_context__, e.__cause__.__context__)
resolve(tables, "zz")
