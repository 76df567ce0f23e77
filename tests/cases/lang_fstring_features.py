x = 10
name = "tote"
width = 8
prec = 3
val = 3.14159
print(f"{x=}", f"{x = }", f"{name=!r}", f"{name=!s}", f"{val=:.2f}", f"{x*2=}", f"{ x = :>5}")
print(f"{val:{width}.{prec}f}|", f"{name:>{width}}|", f"{name:{'^'}{width}}|", f"{x:{'x'}}")
print(f"{{}}", f"{{{x}}}", f"a{{b", f"{'quoted'}", f'{"dq"}', f"{x!r:>4}", f"{name!a}")
print(f"{[1, 2][0]}", f"{ {'k': 'v'}['k'] }", f"{(lambda y: y + 1)(2)}", f"{x if x > 5 else 0}")
print(f"{'é'!a}", f"{3.0!s}", f"{None}", f"{True:>6}", f"{x:,}", f"{10**9:_}")
nested = f"{f'{x:>{width}}'}|"
print(nested)
print(f"""multi
{x}
line""")
print(rf"\n{x}", fr"\t{name}", f"\x41{x}\N{BULLET}")
items = ["a", "b"]
print(f"{', '.join(items)}", f"{len(items)}", f"{items!r}", f"{x:#x}", f"{x:08b}", f"{-x:+}")
class D:
    def __format__(self, spec): return f"<{spec}>"
print(f"{D():abc}", f"{D():{name}}", f"{D()!s:5}"[:2] if False else "-", f"{D():}")
try:
    f"{x:q}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{name:d}"
except ValueError as e:
    print(type(e).__name__, e)
for code in ('f"{x!z}"', 'f"{x"', 'f"}"'):
    try:
        eval(code)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
