# sys.argv, sys.path, sys.modules basics.
import sys
print(type(sys.argv).__name__, len(sys.argv) >= 1, sys.argv[1:], isinstance(sys.argv[0], str))
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path))
print("__main__" in sys.modules, "sys" in sys.modules, sys.modules["sys"] is sys)
print(sys.modules["__main__"].__name__, __name__)
import sys as again
print(again is sys)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder in ("little", "big"))
print(sys.version_info[0], sys.version_info >= (3, 0), type(sys.version).__name__)
print(type(sys.platform).__name__, sys.implementation.name != "")
