# math's integer functions on ints of any size: factorial, gcd, lcm, isqrt, comb, perm,
# and prod over any objects that multiply.
import math


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print([math.factorial(n) for n in range(8)], math.factorial(True), math.factorial(Index(5)))
print(math.factorial(30))
print(math.factorial(200))
print(len(str(math.factorial(1000))), math.factorial(25) // math.factorial(23))

print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0))
print(math.gcd(12, 18, 27), math.gcd(0, 5), math.gcd(Index(24), 36))
print(math.gcd(2**200 * 3**5, 2**150 * 3**7 * 5), math.gcd(10**50 + 1, 10**25))
print(math.lcm(), math.lcm(6), math.lcm(-6), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 7))
print(math.lcm(2**64, 3**40), math.lcm(-4, -6))

print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100]])
print(math.isqrt(10**100), math.isqrt(2**127 - 1), math.isqrt(Index(50)))
n = 12345678901234567890123456789
r = math.isqrt(n)
print(r, r * r <= n < (r + 1) * (r + 1))

print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(10, 11), math.comb(0, 0))
print(math.comb(100, 50))
print(math.comb(10**4, 2), math.comb(2**70, 1), math.comb(60, 30))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(5, 6), math.perm(5, None))
print(math.perm(30, 15), math.perm(2**65, 2))
print(sum(math.comb(20, k) for k in range(21)) == 2**20)

print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 11)), math.prod([2.5, 4]))
print(math.prod([2, 3], start=10), math.prod([[1, 2]], start=2), math.prod(["ab"], start=3))
print(math.prod(x for x in [1, 2, 3] if x > 1), math.prod([10**20, 10**20]))
print(math.prod([], start="unchanged"))
