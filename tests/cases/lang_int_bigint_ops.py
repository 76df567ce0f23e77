a = 2**100
b = 3**50
print(a + b, a - b, a * b, a // b, a % b, -a // b, -a % b, a ** 2 // b ** 3)
print(a & b, a | b, a ^ b, ~a, -a >> 3, a >> 99, 1 << 200 >> 199, (-a) & 0xFFFF)
print(divmod(a, -b), divmod(-a, -b), abs(-a), a == 2.0**100, a < float("inf"), a > 1e30, int(1e30) == 10**30)
print(a / b, 10**400 // 10**399, (10**400) % 7, pow(a, b, 10**9 + 7), pow(7, 10**20, 13))
print(str(-(10**25)), len(str(7**777)), int("9" * 60) + 1 == 10**60, hash(a) == hash(a), hash(2**61 - 1), hash(2**61))
print(round(10**20 + 5, -1), round(-(10**20) - 5, -1), round(12345678901234567890, -5), (2**100).bit_length(), (-(2**100)).bit_length())
print(float(2**1023) * 2, 2**1023 / 2**1022, 10**310 // 10**300)
try:
    float(2**1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2**1024 / 1
except OverflowError as e:
    print(type(e).__name__, e)
try:
    1 / 2**-1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(10**18 * 10, 9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 2, (-9223372036854775808) // -1, abs(-9223372036854775808))
print(int(-9223372036854775808).__neg__(), 2**63 - 2**63, type(2**63 - 2**63).__name__, (2**64) // (2**32), 3 * 2**62)
print(sorted([2**70, -5, 2**65, 0]), max(2**70, 2**69), sum([2**62] * 8), min(-(2**80), 0))
print(f"{2**70:,}", f"{2**70:x}", f"{-(2**70):_b}"[:12], "%d" % 2**70, "%x" % 2**70, format(2**70, "e"))
