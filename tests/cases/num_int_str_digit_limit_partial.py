# The 3.11 integer/string conversion length limit (default 4300 digits): str(), repr(),
# int(), formatting and %-formatting of huge ints, while power-of-two bases are exempt and
# arithmetic is unaffected.
import sys

print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
ok = 10 ** 4299
print(len(str(ok)), len(repr(-ok)), str(ok)[:5], len(str(-ok)), int("7" * 4300) % 10)
for label, fn in (("str", lambda: str(big)), ("repr", lambda: repr(big)), ("f-string", lambda: f"{big}"),
                  ("format d", lambda: format(big, "d")), ("percent", lambda: "%d" % big),
                  ("int()", lambda: int("1" * 5000)), ("format ,", lambda: format(big, ",")),
                  ("negative", lambda: str(-big)), ("print", lambda: print(big))):
    try:
        fn()
        print(label, "ok")
    except ValueError as e:
        print(label, "ValueError:", e)

# binary, octal and hex conversions are not limited
print(len(hex(big)), len(bin(big)), len(oct(big)), format(big, "x")[:8], int(hex(big), 16) == big, int("f" * 5000, 16) > 0)

# arithmetic on huge ints is unaffected; only decimal conversion is limited
x = 3 ** 20000
print(x % 1000007, x.bit_length(), (x // 3 ** 19990), len(str(x % 10 ** 50)), x > big, hash(x) == hash(x + 0))
