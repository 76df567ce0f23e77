# and/or return one of their operands, and stop evaluating early.
def t(name, value):
    print("eval", name)
    return value

print(1 and 2)
print(0 and 2)
print(1 or 2)
print(0 or 2)
print("" or "default")
print([] or {} or None)
print(None and 1)
print([1] and "x")
print(t("a", 0) and t("b", 1))
print(t("a", 1) or t("b", 1))
print(t("a", 1) and t("b", 0) or t("c", "c"))
print(not 0, not 1, not "", not [0])
print(0 or 0.0 or "", 3 and 4 and 5)
x = None
name = x or "anon"
print(name)
print(1 if (0 or []) else 2)
