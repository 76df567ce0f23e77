z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(complex(1, 2), complex(2), complex(1.5, -0.5))
print(1j * 1j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), (1 + 1j) ** 2, 2 ** 1j == 2 ** 1j)
print(1j == 1j, 1 + 0j == 1, complex(0, 0) == 0.0, repr(-0j), repr(0j), repr(complex(-0.0, -0.0)))
print(repr(1e20j), repr(complex(1, float("inf"))), repr(complex(float("nan"), 1)))
print(type(z).__name__, hash(1 + 0j) == hash(1), bool(0j), bool(1j))
for expr in ("1j < 2j", "1j // 2", "1j % 2", "int(1j)", "float(1j)", "round(1j)"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, type(e).__name__, e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(f"{z}", "%s" % (z,), str(2j), (1+2j).__repr__())
print(sum([1j, 2, 3.5]), complex(True, False), pow(1j, 2), 0j ** 0)
