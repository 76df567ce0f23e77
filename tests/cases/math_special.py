# math's special functions and careful sums: gamma, lgamma, erf, erfc, exactly rounded
# fsum, and hypot/dist with any number of coordinates.
import math

for x in [1, 2, 5, 23, 24, 0.5, 1.5, 2.5, 10.3, 100.7, 171.5, -0.5, -1.5, -2.5, -10.3, 1e-30, -1e-30, -200.5]:
    print(x, math.gamma(x))
print(math.gamma(math.inf), math.gamma(math.nan))
for x in [1, 2, 3, 0.5, 1.5, 10.3, 1000, 1e300, -0.5, -2.5, -10.3, 1e-30, math.inf, -math.inf]:
    print(x, math.lgamma(x))
for x in [0, 0.1, 0.5, 1, 2, 3.5, -0.5, -2, 6, math.inf, -math.inf]:
    print(x, math.erf(x), math.erfc(x))
print(math.erfc(10), math.erfc(-10), math.erf(1e-300))

print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum(range(10)), math.fsum([1, 2.5, True]))
print(math.fsum([2.0**53, 1.0, 2.0**-60]), math.fsum([2.0**53, -1.0, -2.0**-60]))
print(math.fsum([1.0, 1e-16, 1e-16, 1e-16]), math.fsum([0.3] * 3 + [-0.9]))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1e308]), math.fsum([math.nan, 1.0]))
print(math.fsum(x / 7 for x in range(1000)), math.fsum([1e308, -1e308, 1e308]))
print(math.fsum([1.7976931348623157e308, 9.979201547673598e291]))

print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 1), math.hypot(1, 2, 2))
print(math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324), math.hypot(1e-200, 1e-200))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(-math.inf, 1))
print(math.hypot(*range(10)), math.hypot(0.1, 0.2, 0.3), math.hypot(True, 1))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((), ()))
print(math.dist((1.5,), (-2.5,)), math.dist(iter([0, 0]), iter([1, 1])))
