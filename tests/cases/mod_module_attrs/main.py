# Module objects: __name__, __package__, attributes, modification from outside.
import sys
import pkg
import pkg.sub
import pkg.sub.leaf
import plain

print(__name__, plain.__name__, pkg.__name__, pkg.sub.__name__, pkg.sub.leaf.__name__)
print(repr(__package__), repr(plain.__package__), pkg.__package__, pkg.sub.__package__, pkg.sub.leaf.__package__)
print(plain.COUNT, plain.get_count())
plain.COUNT = 99
print(plain.get_count())
plain.new_attr = "added from main"
print(plain.read_new())
print(type(plain).__name__, hasattr(plain, "COUNT"), getattr(plain, "missing", "no such attr"))
print(pkg.sub.leaf.WHO, pkg.sub.leaf.parent_name())
print("pkg.sub" in sys.modules, sys.modules["pkg.sub.leaf"] is pkg.sub.leaf)
print(pkg.sub.leaf is sys.modules["pkg"].sub.leaf)
try:
    plain.nothing_here
except AttributeError as e:
    print("AttributeError:", e)
