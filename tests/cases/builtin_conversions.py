# Constructors as conversions: int, float, bool, str, list, tuple, dict, set, frozenset.
print(int(), int(3.99), int(-3.99), int("0b101", 0), int("1_000"), int(True), int("  -7\n"))
print(float(), float("3"), float(" 2.5e2 "), float("-inf"), float("nan") != float("nan"))
print(bool(), bool(0), bool(0.0), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(-1))
print(str(), str(1.0), str(1e100), str(-0.0), str([None, True]), str({"a": (1,)}))
print(list("hey"), list({1: 2}), tuple([1, 2]), tuple(range(3)), dict([(1, 2), [3, 4]]))
print(set([1, 1, 2]), frozenset({3}), sorted(set("banana")))
for bad in ("", "1.5", "abc", "1e3", "0x10"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ("", "x", "1.2.3"):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(int("٣"), float("１.５"))
