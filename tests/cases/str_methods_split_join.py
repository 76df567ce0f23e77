# str.split, rsplit, splitlines, join, partition.
s = "  a  b   c  "
print(s.split())
print(s.split(" "))
print("a,b,,c".split(","))
print("a,b,c,d".split(",", 2))
print("a,b,c,d".rsplit(",", 1))
print("".split(), "".split(","))
print("one\ntwo\r\nthree\n".splitlines())
print("one\ntwo\n".splitlines(True))
print("-".join(["x", "y", "z"]), "".join("abc"), ", ".join([]))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print("a b\tc\nd".split(None, 1))
