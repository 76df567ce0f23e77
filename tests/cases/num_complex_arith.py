# complex numbers: construction from numbers, arithmetic, repr, abs, comparisons and errors.
z = 3 + 4j
w = complex(1, -2)
print(z, w, repr(z), z.real, z.imag, type(z.real).__name__, z.conjugate(), abs(z), abs(w))
print(z + w, z - w, z * w, z / w, z ** 2, w ** 0, z ** -1, z ** 0.5, -z, +z)
print(z + 1, 1 + z, z * 2.5, 2 / z, z - True, z == 3 + 4j, z != w, z == complex(3, 4), 3 + 0j == 3, 3.0 == 3 + 0j)
print(complex(), complex(2), complex(2.5), complex(1, 2), complex(1.5, -0.5), complex(z), complex(True, False))
print(complex(1j, 1j), complex(2j), complex(0, 1j), complex(1 + 1j, 2))
for v in (1j, -1j, 0j, -0j, 2 + 0j, -2 - 0j, 0.5j, 1e20j, 1e-5 + 1e16j, complex(0, -0.0), complex(-0.0, 0), complex(float("inf"), float("nan")), 1 / 3j):
    print(repr(v), str(v))

print(1j * 1j, 1j ** 2, (1 + 1j) ** 8, (2 + 3j) ** 3, 1j ** 1j, (-1) ** 0.5, pow(1j, 3))
print(abs(3e200 + 4e200j), abs(complex(float("inf"), 1)), abs(complex(float("nan"), float("inf"))))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(1j) == hash(1j), 1j in {1j: 0})
print(sum([1j, 2, 3.5]), [1, 2j] == [1, 2j], (1 + 2j).conjugate().conjugate(), z.real.is_integer())

for expr in ("z < w", "z > 1", "z // 2", "z % 2", "divmod(z, 2)", "int(z)", "float(z)", "round(z)", "z & 1", "abs"):
    try:
        print(expr, eval(expr) if expr != "abs" else abs(1 + 0j))
    except TypeError as e:
        print(expr, "TypeError", e)
for expr in ("z / 0", "z / 0j", "0j ** -1", "1 / (0 + 0j)", "(0j) ** (-1 + 1j)"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "ZeroDivisionError", e)
try:
    complex(1, "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1e200 + 1e200j) ** 10
except OverflowError as e:
    print(type(e).__name__, e)

# quadratic roots with complex results
def roots(a, b, c):
    d = (b * b - 4 * a * c) ** 0.5
    return ((-b + d) / (2 * a), (-b - d) / (2 * a))
for coeffs in ((1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2)):
    r1, r2 = roots(*coeffs)
    print(coeffs, [complex(round(r.real, 10), round(r.imag, 10)) if isinstance(r, complex) else r for r in (r1, r2)])

# Mandelbrot membership on a coarse grid
rows = []
for y in range(5, -6, -2):
    row = ""
    for x in range(-20, 6, 2):
        c = complex(x / 10, y / 5)
        zz = 0j
        for _ in range(30):
            zz = zz * zz + c
            if abs(zz) > 2:
                row += "."
                break
        else:
            row += "#"
    rows.append(row)
print("\n".join(rows))
