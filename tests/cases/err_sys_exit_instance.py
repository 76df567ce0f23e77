# sys.exit() given a SystemExit instance raises that instance; other values become .code.
import sys


class Quit(SystemExit):
    pass


for status in (Quit(3), SystemExit(4), SystemExit("text"), ValueError(5), SystemExit, None, 2.5, (1, 2)):
    try:
        sys.exit(status)
    except SystemExit as e:
        print(type(e).__name__, repr(e.code), e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError", e)
inner = Quit(7)
try:
    sys.exit(inner)
except SystemExit as e:
    print(e is inner, e.code)
try:
    raise SystemExit(SystemExit(8))
except SystemExit as e:
    print(type(e.code).__name__, e.code)
print("exiting")
sys.exit(Quit(6))
