# A generator expression as an f-string field without parentheses of its own: 3.11
# compiles the field as `(expr)`, so the braces parenthesize the generator.
b = [1, 2, 3]
g = f'{a for a in b}'
print(g[:18], g.endswith('>'))
print(f'{x * 2 for x in b}'.split()[1])
print(f'{a for a in b=}'[:30])
print(f'{ a for a in b = }'[:32])
print(f'{a for a in b!r:>5}'[:20])
print(f'{a for a in b!s}'[:18])
print(f"{'x' for _ in b}"[:18])
print(f'{a for a in b if a > 1}'[:18])
print(f'{x for x in b}{y for y in b}'.count('generator'))
print(f'{"a"}{x for x in b}'[:5])
print(f'{x for x in [f"{y}" for y in b]}'[:18])
print(f'{sum(x for x in b)} {(x for x in b).__class__.__name__}')
print(f'''{a
 for a in b}'''[:18])
def make():
    return f'{a for a in range(3)}'
print(make()[:18])
print(f'{a for a in b}'.split()[1], f'{a async for a in b}'[:9] if 0 else 'skip')
try:
    print(f'{a for a in 1}')
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(f'{x for x in b:>30}')
except TypeError as e:
    print(type(e).__name__, e)
for src in ["f'{a for a in}'", "f'{a for 1 in b}'", "f'{yield a for a in b}'",
            "f'{*a for a in b}'", "f'{a for a in b, c}'", "f'{a := 1 for a in b}'",
            "f'{a for a in b}' + )", "f'{a for a in b!x}'", "f'{lambda: a for a in b}'"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset,
              "|", repr(e.text))
print(eval("f'{a for a in b}'")[:18])
exec("print(f'{a for a in b}'[:18])")
