"""Toy RSA and number theory with big integers: keygen from a fixed seed, CRT, encodings."""
import sys
import math
from functools import reduce
from operator import mul


class LCG:
    """Deterministic linear congruential generator (no random module needed)."""

    def __init__(self, seed):
        self.state = seed & ((1 << 64) - 1)

    def next64(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return self.state

    def getrandbits(self, k):
        out, have = 0, 0
        while have < k:
            out = (out << 64) | self.next64()
            have += 64
        return out >> (have - k)

    def randrange(self, lo, hi):
        span = hi - lo
        bits = span.bit_length()
        while True:
            r = self.getrandbits(bits)
            if r < span:
                return lo + r


SMALL_PRIMES = [p for p in range(2, 200) if all(p % d for d in range(2, math.isqrt(p) + 1))]


def is_probable_prime(n, rng, rounds=12):
    if n < 2:
        return False
    for p in SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = rng.randrange(2, n - 1)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def gen_prime(bits, rng):
    tries = 0
    while True:
        tries += 1
        cand = rng.getrandbits(bits) | (1 << (bits - 1)) | 1
        if is_probable_prime(cand, rng):
            return cand, tries


def egcd(a, b):
    x0, x1, y0, y1 = 1, 0, 0, 1
    while b:
        q, a, b = a // b, b, a % b
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0


def crt(remainders, moduli):
    total = 0
    prod = reduce(mul, moduli, 1)
    for r, m in zip(remainders, moduli):
        p = prod // m
        total += r * pow(p, -1, m) * p
    return total % prod


class Key:
    __slots__ = ("n", "e", "d", "p", "q", "dp", "dq", "qinv")

    def __init__(self, p, q, e=65537):
        self.p, self.q = p, q
        self.n = p * q
        phi = (p - 1) * (q - 1)
        if math.gcd(e, phi) != 1:
            raise ValueError("e not coprime with phi")
        self.e = e
        self.d = pow(e, -1, phi)
        self.dp, self.dq = self.d % (p - 1), self.d % (q - 1)
        self.qinv = pow(q, -1, p)

    @property
    def bits(self):
        return self.n.bit_length()

    def encrypt(self, m):
        if not 0 <= m < self.n:
            raise ValueError("message out of range")
        return pow(m, self.e, self.n)

    def decrypt(self, c):
        m1 = pow(c, self.dp, self.p)
        m2 = pow(c, self.dq, self.q)
        h = (self.qinv * (m1 - m2)) % self.p
        return m2 + h * self.q

    def __repr__(self):
        return f"<Key {self.bits} bits n=0x{self.n:x}>"[:60] + "...>"


def text_to_int(s):
    return int.from_bytes(s.encode("utf-8"), "big")


def int_to_text(n):
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode("utf-8")


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64encode(data: bytes) -> str:
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        chars = [B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        keep = len(chunk) + 1
        out.append("".join(chars[:keep]) + "=" * (4 - keep))
    return "".join(out)


def b64decode(text: str) -> bytes:
    text = text.rstrip("=")
    buf = bytearray()
    acc = bits = 0
    for ch in text:
        acc = (acc << 6) | B64.index(ch)
        bits += 6
        if bits >= 8:
            bits -= 8
            buf.append((acc >> bits) & 0xFF)
    return bytes(buf)


def main():
    rng = LCG(20240229)
    p, tp = gen_prime(256, rng)
    q, tq = gen_prime(256, rng)
    print("tries:", tp, tq, "bits:", p.bit_length(), q.bit_length())
    key = Key(p, q)
    print(repr(key))
    print("n digits:", len(str(key.n)), "d bits:", key.d.bit_length(), "e*d mod phi:", key.e * key.d % ((p - 1) * (q - 1)))
    for msg in ["hello", "RSA ✓ ünïcode", "x" * 40]:
        m = text_to_int(msg)
        c = key.encrypt(m)
        back = key.decrypt(c)
        print(f"{msg[:12]!r:16} m={m % 10**12:>12} c%1e9={c % 10**9:>9} ok={int_to_text(back) == msg}")
    try:
        key.encrypt(key.n + 1)
    except ValueError as e:
        print("ValueError:", e)
    sig = pow(text_to_int("signed"), key.d, key.n)
    print("verify:", int_to_text(pow(sig, key.e, key.n)))
    print(egcd(240, 46), egcd(17, 3120), pow(7, -1, 40), pow(3, -2, 11))
    try:
        pow(2, -1, 4)
    except ValueError as e:
        print("ValueError:", e)
    try:
        pow(2, 3, 0)
    except ValueError as e:
        print("ValueError:", e)
    print(crt([2, 3, 2], [3, 5, 7]), crt([1, 2, 3, 4], [5, 7, 9, 11]))
    big = 2 ** 521 - 1
    print("M521 prime:", is_probable_prime(big, rng), "M523 prime:", is_probable_prime(2 ** 523 - 1, rng))
    print(str(big)[:20], len(str(big)), big % 1000007, big.bit_count(), hex(big)[:12], oct(2 ** 70), bin(1000))
    print(math.isqrt(10 ** 40 + 12345), math.gcd(2 ** 100, 6 ** 50), math.lcm(12, 18, 30), math.comb(60, 30), math.perm(10, 3))
    print(math.factorial(30) // math.factorial(28), (-2 ** 127) >> 100, (1 << 200) // 3 % 1000, -(10 ** 30) // 7, (10 ** 30) % -7)
    print(int.from_bytes(b"\xff\xfe", "little", signed=True), (2 ** 64 - 1).to_bytes(8, "little").hex(), (-129).to_bytes(2, "big", signed=True))
    try:
        (256).to_bytes(1, "big")
    except OverflowError as e:
        print("OverflowError:", e)
    for data in [b"", b"f", b"fo", b"foo", b"foobar", bytes(range(250, 256)), "é✓".encode()]:
        enc = b64encode(data)
        print(f"{data!r:30} {enc:12} {b64decode(enc) == data}")
    print(divmod(10 ** 50 + 3, 10 ** 25 + 7), float(10 ** 300), 10 ** 300 / 10 ** 299, 2 ** 0.5 ** 2)
    try:
        float(10 ** 400)
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        10 ** 400 / 3
    except OverflowError as e:
        print("OverflowError:", e)
    print(10 ** 400 // 3 % 10, round(10 ** 20 / 3), int(1e300) % 1000, hash(10 ** 30) == hash(10 ** 30 % (2 ** 61 - 1)))
    print(f"{2 ** 100:,}", f"{2 ** 70:_x}", f"{-2 ** 65:>30}", f"{10 ** 25:e}", format(3 ** 40, "b")[:16])
    sys.set_int_max_str_digits(5000) if hasattr(sys, "set_int_max_str_digits") else None
    try:
        sys.set_int_max_str_digits(640)
        str(10 ** 700)
    except ValueError as e:
        print("ValueError:", str(e)[:60])
    finally:
        sys.set_int_max_str_digits(4300)


main()
