import atexit
import sys

def bye(name, punct="!"):
    print("bye", name + punct)

class Broken:
    def __call__(self):
        raise ValueError("in atexit")
    def __repr__(self):
        return "<Broken>"

broken = Broken()

atexit.register(bye, "first")
atexit.register(broken)
r = atexit.register(bye, "second", punct="?")
print(r is bye)
atexit.register(print, "unregistered")
atexit.unregister(print)
try:
    atexit.register(3)
except TypeError as e:
    print("TypeError:", e)
print("main done")
sys.exit(3)
