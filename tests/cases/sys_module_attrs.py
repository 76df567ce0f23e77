# The rest of sys: interpreter facts, streams, encodings, the exception being handled,
# interning, tracing hooks.
import sys

print(type(sys.orig_argv), sys.orig_argv[-1] == sys.argv[-1])
print(sys.__stdin__ is sys.stdin, sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)
print(sys.hexversion >> 24, (sys.hexversion >> 16) & 0xff, sys.maxunicode, sys.maxsize == 2**63 - 1)
print(isinstance(sys.executable, str), len(sys.executable) > 0)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
s = sys.intern("".join(["inter", "ned"]))
print(s is sys.intern("interned"), s)
print(sys.exception(), sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    print(repr(sys.exception()), sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
print(sys.exception())
print(sys.gettrace())
sys.settrace(None)
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)
