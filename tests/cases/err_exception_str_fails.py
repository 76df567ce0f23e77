# Uncaught exceptions whose __str__ misbehaves, after a caught one with a long multi-line
# message; the last line of stderr shows how CPython reports a failing __str__.
class Multiline(Exception):
    def __str__(self):
        return "first line\n  second line\n  third line"

class BrokenStr(Exception):
    def __str__(self):
        raise RuntimeError("str is broken")

try:
    raise Multiline()
except Multiline as e:
    print("caught:", str(e).splitlines())
    print(repr(e))

def explode():
    raise BrokenStr("payload")

try:
    explode()
except BrokenStr as e:
    print("repr still works:", repr(e), e.args)
    try:
        str(e)
    except RuntimeError as inner:
        print("str raised", inner)

explode()
