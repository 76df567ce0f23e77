# Big-integer algorithms: digits of pi (Machin formula with fixed-point integers) and e,
# integer square roots by Newton's method, factorial digit sums, Fibonacci by fast doubling,
# Collatz records, and a Miller-Rabin primality test with fixed witnesses.
def arctan_inv(x, unity):
    total = term = unity // x
    x2, n, sign = x * x, 3, -1
    while term:
        term //= x2
        total += sign * (term // n)
        sign, n = -sign, n + 2
    return total

def pi_digits(n):
    unity = 10 ** (n + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return str(pi // 10 ** 10)

def e_digits(n):
    unity = 10 ** (n + 10)
    total, term, k = 0, unity, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)

def isqrt(n):
    if n < 0:
        raise ValueError("isqrt of negative number")
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y

def fib_pair(n):
    if n == 0:
        return (0, 1)
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)

def is_probable_prime(n):
    if n < 2:
        return False
    small = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

pi = pi_digits(120)
print(pi[0] + "." + pi[1:61])
print(pi[61:121], "digit frequencies:", [pi.count(str(d)) for d in range(10)])
e = e_digits(80)
print(e[0] + "." + e[1:81])
root2 = isqrt(2 * 10 ** 100)
print("sqrt(2) =", str(root2)[0] + "." + str(root2)[1:51], isqrt(10 ** 40) == 10 ** 20, isqrt(99), isqrt(0))
print(all(isqrt(n) ** 2 <= n < (isqrt(n) + 1) ** 2 for n in list(range(200)) + [2 ** 200 - 1, 3 ** 150]))
try:
    isqrt(-4)
except ValueError as e:
    print(type(e).__name__, e)

fact = 1
for k in range(1, 201):
    fact *= k
digits = str(fact)
print("200! has", len(digits), "digits, digit sum", sum(map(int, digits)), "trailing zeros", len(digits) - len(digits.rstrip("0")))
f1000 = fib_pair(1000)[0]
print("fib(1000) =", str(f1000)[:20] + "..." + str(f1000)[-20:], len(str(f1000)), "digits")
print([fib_pair(n)[0] for n in range(15)], fib_pair(300)[0] % 1000000007)

best, record = 0, []
for start in range(1, 3000):
    n, steps = start, 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    if steps > best:
        best = steps
        record.append((start, steps))
print("collatz records:", record[-5:])

candidates = [2 ** 61 - 1, 2 ** 89 - 1, 2 ** 67 - 1, 10 ** 18 + 9, 561, 1105, 999999000001, 2 ** 127 - 1]
print([(c if c < 10 ** 6 else "2^%d-1" % c.bit_length() if c & (c + 1) == 0 else str(c)[:6] + "...", is_probable_prime(c)) for c in candidates])
print([p for p in range(2, 80) if is_probable_prime(p)])
