# math: constants, rounding (including __ceil__/__floor__/__trunc__), powers and
# logarithms (with bases and huge ints), trigonometry, angles, float decomposition.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.inf > 1e308, math.nan != math.nan)

for x in [2.5, -2.5, 3.0, -0.2, 1e20, 7, True, 10**30]:
    print(x, math.ceil(x), math.floor(x), math.trunc(x), type(math.floor(x)).__name__)


class Rounded:
    def __ceil__(self):
        return "ceil called"

    def __floor__(self):
        return "floor called"

    def __trunc__(self):
        return "trunc called"


class Real:
    def __float__(self):
        return 2.75


class Index:
    def __index__(self):
        return 9


print(math.ceil(Rounded()), math.floor(Rounded()), math.trunc(Rounded()))
print(math.ceil(Real()), math.floor(Real()), math.sqrt(Real()), math.sqrt(Index()))

print(math.fabs(-3), math.fabs(-0.0), math.copysign(3, -0.0), math.copysign(-2.5, 1))
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(math.inf))
print(round(math.cbrt(27), 12), round(math.cbrt(-8), 12), math.cbrt(0.0))
# cbrt is the C library's, bit for bit.
print([math.cbrt(v) for v in (27, 64, 2, 3.3, 1e300, 1e-300, 0.001, -125, -0.0, math.inf)])
print(math.exp(0), math.exp(1), math.exp(-745.2), math.exp2(10), math.exp2(0.5))
print(math.expm1(1e-10), math.expm1(0), math.log1p(1e-10), math.log1p(0))
print(math.log(math.e), math.log(1), math.log(100, 10), math.log(8, 2), math.log(2, 0.5))
print(math.log2(1024), math.log2(3), math.log10(1000), math.log10(2))
print(math.log(10**400), math.log2(2**2000), math.log10(10**500), math.log(2**1000, 2))
print(math.log(10**400, 10), math.log(Index()), math.log(True + True))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(4, -0.5))
print(math.pow(0, 0), math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(math.inf, -1))
print(math.pow(-math.inf, 3), math.pow(-math.inf, 2), math.pow(0.5, math.inf), math.pow(2, -math.inf))

for x in [0, 0.5, 1, -1.25, math.pi / 3]:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x))
for x in [0, 0.5, -0.75, 1]:
    print(x, math.asin(x), math.acos(x))
for x in [0, 0.5, -1.5, 3]:
    print(x, math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
print(math.acosh(1), math.acosh(2), math.atanh(0), math.atanh(0.5), math.atanh(-0.25))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -0.0), math.atan2(0.0, 0.0))
print(math.degrees(math.pi), math.degrees(1), math.radians(180), math.radians(45))

for x in [8.0, -0.1, 1e-310, 0.0, -0.0, math.inf, 3]:
    m, e = math.frexp(x)
    print(x, m, e, math.ldexp(m, e))
print(math.ldexp(1, 1023), math.ldexp(1.0, -1074), math.ldexp(0.75, -1073), math.ldexp(3, -1))
print(math.ldexp(-0.0, 5), math.ldexp(math.inf, -5), math.ldexp(1.0, -10**30))
for x in [3.75, -3.75, 0.0, -0.0, 5, math.inf, -math.inf]:
    print(x, math.modf(x))
for x, y in [(7, 3), (-7, 3), (7, -3), (5.5, 2), (1, math.inf), (-0.0, 1)]:
    print(x, y, math.fmod(x, y), math.remainder(x, y))
print(math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2), math.remainder(2.5, 1))

for x in [1.0, 0.0, -1.0, 1e300, 5e-324]:
    print(x, math.nextafter(x, math.inf), math.nextafter(x, -math.inf), math.ulp(x))
print(math.nextafter(1, 1), math.ulp(math.inf), math.ulp(-2.0), math.ulp(1.7976931348623157e308))

for x in [0.0, 1.5, math.inf, -math.inf, math.nan, 10**400]:
    print(math.isfinite(x) if not isinstance(x, int) else "int", math.isinf(float(x)) if not isinstance(x, int) else "", math.isnan(x) if not isinstance(x, int) else "")
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.001), math.isclose(1.0, 1.001, rel_tol=0.01))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(a=3, b=3.0))
