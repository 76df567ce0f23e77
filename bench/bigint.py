"""Arbitrary-precision integers.

Four computations on integers far beyond 64 bits:
  1. N! by repeated multiplication, and the sum of its decimal digits
     (extracted with divmod by 10**18, in chunks);
  2. the first D digits of pi from Machin's formula
     pi = 16 atan(1/5) - 4 atan(1/239), in fixed-point integer arithmetic;
  3. Lucas-Lehmer tests s -> s*s - 2 (mod 2**p - 1) for every prime p up
     to a bound, listing the Mersenne primes found;
  4. Fibonacci numbers by plain iterated big-int addition.
Measures big-int multiply, divide, modulo, shifts and str() conversion.
Every str() of a big int stays below CPython's 4300-digit limit.

Usage: bigint.py [SCALE]   (default SCALE = 10; sizes grow with it)
"""
import sys


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def digit_sum(n):
    # Peel off 18 decimal digits at a time.
    total = 0
    chunk = 10 ** 18
    while n:
        n, low = divmod(n, chunk)
        while low:
            low, d = divmod(low, 10)
            total += d
    return total


def arctan_inverse(x, unity):
    # atan(1/x) * unity = sum_k (-1)^k / ((2k+1) x^(2k+1)), in integers.
    x2 = x * x
    term = unity // x
    total = term
    k = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * k + 1))
        sign = -sign
        k += 1
    return total


def pi_digits(digits):
    guard = 10
    unity = 10 ** (digits + guard)
    pi = 16 * arctan_inverse(5, unity) - 4 * arctan_inverse(239, unity)
    return pi // 10 ** guard  # 3141592653... with `digits` decimals


def is_prime_small(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def lucas_lehmer(p):
    # 2**p - 1 is prime iff s_(p-2) == 0 where s_0 = 4, s -> s*s - 2.
    if p == 2:
        return True
    m = (1 << p) - 1
    s = 4
    for _ in range(p - 2):
        s = (s * s - 2) % m
    return s == 0


def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def main():
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    n_fact = 1000 * scale
    n_digits = 1000 * scale
    p_limit = 130 * scale
    n_fib = 10000 * scale

    f = factorial(n_fact)
    print(f"{n_fact}! digit sum {digit_sum(f)}, mod 1e9+7 {f % 1000000007}")

    pi = pi_digits(n_digits)
    # str() of (at most) the leading 3001 digits; the tail comes from a modulo.
    head = str(pi // 10 ** max(0, n_digits - 3000))
    tail = pi % 10 ** 12
    print(f"pi: {head[:12]}...{tail:012d} (head of {len(head)} digits, digit sum {digit_sum(pi)})")

    found = [p for p in range(2, p_limit) if is_prime_small(p) and lucas_lehmer(p)]
    print("Mersenne exponents below " + str(p_limit) + ": " + ", ".join(str(p) for p in found))

    fib = fibonacci(n_fib)
    print(f"fib({n_fib}) mod 2**61-1 = {fib % ((1 << 61) - 1)}, digit sum {digit_sum(fib)}")


if __name__ == "__main__":
    main()
