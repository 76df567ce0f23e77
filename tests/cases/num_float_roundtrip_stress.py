# Float repr round trips and formatting over many deterministic pseudo-random values (built
# from integer bit patterns), plus arithmetic identities and summation error behaviour.
def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        yield seed

def float_from_bits(bits):
    sign = -1.0 if bits >> 63 else 1.0
    exponent = (bits >> 52) & 0x7FF
    mantissa = bits & ((1 << 52) - 1)
    if exponent == 0x7FF:
        return None
    if exponent == 0:
        return sign * mantissa * 2.0 ** -1074
    return sign * (1 + mantissa / 2 ** 52) * 2.0 ** (exponent - 1023)

gen = lcg(12345)
values = []
while len(values) < 400:
    v = float_from_bits(next(gen))
    if v is not None:
        values.append(v)
values += [0.1 * k for k in range(1, 30)] + [k / 7 for k in range(1, 20)] + [1e22, 1e23, 5e-324, 2.5e-308, 9007199254740993.0]

roundtrip = all(float(repr(v)) == v for v in values)
str_same = all(str(v) == repr(v) for v in values)
print("values:", len(values), "repr round trips:", roundtrip, "str == repr:", str_same)
shortest = [repr(v) for v in values[-53:-5]]
print(shortest[:12])
print(shortest[29:41])
lengths = sorted(len(repr(v)) for v in values[:400])
print("repr length min/median/max:", lengths[0], lengths[200], lengths[-1])
exp_counts = {}
for v in values[:400]:
    key = "e" if "e" in repr(v) else "fixed"
    exp_counts[key] = exp_counts.get(key, 0) + 1
print(sorted(exp_counts.items()))

sample = values[:8]
for v in sample:
    print("%-24r %-14.6e %-14.6g %s" % (v, v, v, format(v, ".3")))
print(all(float(format(v, ".17g")) == v for v in values), all(float("%.16e" % v) == v for v in values))
print(all(-(-v) == v and v - v == 0.0 and v * 1 == v for v in values if abs(v) < 1e300))
print(all((v + v) / 2 == v for v in values if abs(v) < 1e300 and abs(v) > 1e-300))

total = 0.0
for k in range(10):
    total += 0.1
print(total, total == 1.0, sum([0.1] * 10), round(total, 15) == 1.0)
big_small = [1e16, 1.0, -1e16]
print(sum(big_small), sum(sorted(big_small, key=abs)), 1e16 + 1.0 - 1e16, (1e16 + 2.0) - 1e16)
kahan, comp = 0.0, 0.0
for x in [0.1] * 1000:
    y = x - comp
    t = kahan + y
    comp = (t - kahan) - y
    kahan = t
print(kahan, sum([0.1] * 1000), kahan == 100.0)
print(2.0 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, float(2 ** 53 + 1), 0.1 + 0.2 - 0.3, 1 - 0.9)
