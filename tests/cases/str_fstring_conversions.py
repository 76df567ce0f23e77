# f-string conversions !r !s !a and expressions.
name = "Zoë"
items = [1, "two"]
print(f"{name}")
print(f"{name!r}")
print(f"{name!s}")
print(f"{name!a}")
print(f"{items}, {items!r}")
print(f"{'quoted'!r} {3 + 4} {len(items)} {items[1].upper()}")
class T:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
t = T()
print(f"{t} {t!s} {t!r} {t!a}")
nl = "\n"
print(f"{nl!r} {nl}|")
print(f"{{braces}} {{{name}}}")
print(f"{1 if items else 0} {'yes' if not items else 'no'}")
d = {"k": 1}
print(f"{d['k']} {d!r}")
print(f"{(lambda x: x * 2)(21)}")
x = 5
print(f"{x=}", f"{x * 2 = }", f"{name=!s}", f"{x=:>4}")
print(f"a" f"b" "c" f"{x}")
print(f"""multi
{x}line""")
