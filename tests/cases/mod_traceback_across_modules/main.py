# An uncaught exception raised in a package module shows each file's relative path.
from lib.parser import parse_all

print(parse_all(["1", "2"]))
print(parse_all(["3", "oops"]))
