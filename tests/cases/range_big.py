big = range(10 ** 20)
print(len(range(0, 10 ** 12, 3)), big[-1], 10 ** 19 in big, big)
try:
    len(big)
except OverflowError as e:
    print("OverflowError:", e)
r = range(-10**19, 10**19, 7 * 10**17)
print(r, r.start, r.stop, r.step, r[3], r[-1], list(r)[:3], r[2:5], r[::-5])
print(list(range(2**63 - 3, 2**63 + 2)), list(reversed(range(2**63 - 3, 2**63 + 2))))
print(r.index(-10**19 + 7 * 10**17), r.count(5), (10**19 - 1) in r, 0 in r, bool(range(10**20, 10**20)))
print(range(0, 10, 2**62)[::4], range(10)[2**70:], range(10)[-2**70:3])
try:
    range(10)[2**70]
except IndexError as e:
    print("IndexError:", e)
for i in range(2**64, 2**64 + 3):
    print(i)
print(sum(range(2**64, 2**64 + 3)), max(range(2**64, 2**64 + 3)))
