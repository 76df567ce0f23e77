# The 3.11 integer/string conversion length limit: str(), repr(), int(), formatting and
# %-formatting of huge ints, power-of-two bases being exempt, and sys.set_int_max_str_digits.
import sys

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
ok = 10 ** 4299
print(len(str(ok)), len(repr(-ok)), str(ok)[:5])
for label, fn in (("str", lambda: str(big)), ("repr", lambda: repr(big)), ("f-string", lambda: f"{big}"),
                  ("format d", lambda: format(big, "d")), ("percent", lambda: "%d" % big),
                  ("int()", lambda: int("1" * 5000)), ("format ,", lambda: format(big, ","))):
    try:
        fn()
        print(label, "ok")
    except ValueError as e:
        print(label, "ValueError:", e)

# binary, octal and hex conversions are not limited
print(len(hex(big)), len(bin(big)), len(oct(big)), format(big, "x")[:8], int(hex(big), 16) == big, int("f" * 5000, 16) > 0)

# the limit is adjustable; 0 disables it
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(big)), int("9" * 5500) % 1000)
try:
    str(10 ** 6500)
except ValueError as e:
    print("ValueError:", str(e)[:40])
sys.set_int_max_str_digits(0)
print(len(str(10 ** 7000)))
for bad in (1, 639, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(bad, "ValueError:", e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits(), len(str(10 ** 639)))
try:
    str(10 ** 640)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(4300)

# arithmetic on huge ints is unaffected; only conversion is limited
x = 3 ** 20000
print(x % 1000007, x.bit_length(), (x // 3 ** 19990), len(str(x % 10 ** 50)))
