# str.format with positional, keyword, index and attribute fields.
print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[1]} {1[key]}".format([10, 20], {"key": "v"}))
class P:
    x = 5
print("{p.x} {p.x!r}".format(p=P()))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:*^9}".format("mid"))
print("{:08.3f} {:+d} {: d} {:x} {:X} {:o} {:b} {:#x} {:#b}".format(3.14159, 5, 7, 255, 255, 8, 5, 255, 5))
print("{:,} {:_} {:,.2f}".format(1234567, 1234567, 1234567.891))
print("{:e} {:.2e} {:g} {:g} {:%} {:.1%}".format(12345.678, 0.000123, 1e-5, 123456789.0, 0.25, 0.1234))
print("{{literal}} {}".format("x"))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{:{}}|{:.{}f}".format("w", 5, 2.71828, 2))
print(format(42, "05d"), format(3.5, ".0f"), format(2.5, ".0f"), format("s", "<3") + "|")
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError:", e)
