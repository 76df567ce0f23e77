# An uncaught exception with an explicit cause, raised through methods, a property and a
# lambda, so the traceback shows every frame of both chained exceptions.
class ConfigError(Exception):
    pass

class Loader:
    def __init__(self, text):
        self.text = text

    @property
    def pairs(self):
        return [line.split("=", 1) for line in self.text.splitlines() if line]

    def parse(self):
        result = {}
        for key, value in self.pairs:
            result[key.strip()] = self.convert(value.strip())
        return result

    def convert(self, value):
        converters = [int, float, lambda v: {"true": True, "false": False}[v.lower()]]
        for conv in converters[:-1]:
            try:
                return conv(value)
            except ValueError:
                pass
        return converters[-1](value)

def load(text):
    loader = Loader(text)
    try:
        return loader.parse()
    except KeyError as exc:
        raise ConfigError("cannot convert value %s" % exc) from exc

print(load("a = 1\nb = 2.5\nc = TRUE\n"))
print(load("x = maybe"))
