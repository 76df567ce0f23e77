# Big integers with three-argument pow, modular inverses, and large exponents.
M = 2 ** 127 - 1
print(pow(3, 10 ** 20, M))
print(pow(2, M - 1, M))
print(pow(123456789123456789, 987654321987654321, 10 ** 30 + 7))
print(pow(-7, 3, 10), pow(7, 3, -10), pow(-7, 3, -10), pow(0, 0, 5), pow(5, 0, 1), pow(2, 10, 1))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(10 ** 18 + 3, -1, 2 ** 61 - 1))
inv = pow(65537, -1, (2 ** 64 - 59) * (2 ** 61 - 1))
print(inv, inv * 65537 % ((2 ** 64 - 59) * (2 ** 61 - 1)))
for args in ((2, -1, 4), (2, 3, 0), (2, 3.0, 5), (2.0, 3, 5), (0, -1, 7)):
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

# two-argument pow with big results and negative exponents
print(pow(2, 200), 3 ** 100, (-2) ** 101, 10 ** -3, 2 ** -1, (-8) ** (1 / 3) if False else "skip")
print(len(str(7 ** 1000)), str(7 ** 1000)[:20], str(7 ** 1000)[-20:])
print(0 ** 0, 0 ** 5, 1 ** 10 ** 6, (-1) ** (10 ** 9 + 1))
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# RSA round trip with small-ish big primes
p, q = 1000000007, 998244353
n, phi = p * q, (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
message = 424242424242
cipher = pow(message, e, n)
print(n, d, cipher, pow(cipher, d, n) == message)

# fast modular exponentiation by hand agrees with pow
def modexp(b, ex, m):
    result = 1
    b %= m
    while ex:
        if ex & 1:
            result = result * b % m
        b = b * b % m
        ex >>= 1
    return result
for b, ex, m in ((17, 10 ** 30, 10 ** 9 + 9), (2 ** 100 + 1, 2 ** 80, 3 ** 50), (-12345, 777, 1000)):
    print(modexp(b, ex, m) == pow(b, ex, m), pow(b, ex, m))

# arithmetic identities on big values
a = 3 ** 200 + 12345
b = 7 ** 90 - 1
q_, r_ = divmod(a, b)
print(q_ * b + r_ == a, 0 <= r_ < b, divmod(-a, b)[1] == b - r_, a // -b == -(a // b) - 1)
print((a * b) // b == a, (a - a) == 0, -(-a) == a, abs(-a) == a, a % 1000, (-a) % 1000)
print(int(str(a)) == a, hash(a) == hash(int(str(a))), a > b, -a < -b, max(a, b) == a)
