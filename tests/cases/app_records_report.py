# A payroll report: records sorted by several keys (key tuples, itemgetter, cmp_to_key,
# reverse, stability), grouped and formatted; per-value lookups memoized with lru_cache,
# where 100 and 100.0 are cached apart as in CPython.
import operator
from functools import cmp_to_key, lru_cache, reduce

records = [
    {"name": "alice", "dept": "eng", "salary": 120000, "age": 34},
    {"name": "Bob", "dept": "ops", "salary": 95000, "age": 45},
    {"name": "carol", "dept": "eng", "salary": 120000.0, "age": 29},
    {"name": "dave", "dept": "sales", "salary": 70000, "age": 45},
    {"name": "Eve", "dept": "ops", "salary": 99000, "age": 38},
]


@lru_cache(maxsize=None)
def band(salary):
    print(f"  band({salary!r}) computed")
    return "high" if salary >= 100000 else "mid" if salary >= 90000 else "low"


by_pay = sorted(records, key=lambda r: (-r["salary"], r["name"].lower()))
for r in by_pay:
    print(f"{r['name']:<6} {r['dept']:<5} {r['salary']:>10,.2f} {band(r['salary']):<4} {r['age']:>3}")
print(band.cache_info())
print([r["name"] for r in sorted(records, key=operator.itemgetter("dept", "age"))])


def by_dept_then_older(a, b):
    if a["dept"] != b["dept"]:
        return -1 if a["dept"] < b["dept"] else 1
    return b["age"] - a["age"]


print([(r["dept"], r["age"]) for r in sorted(records, key=cmp_to_key(by_dept_then_older))])
print(sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c", "B"], key=str.casefold))
groups = {}
for r in records:
    groups.setdefault(r["dept"], []).append(r["name"])
print(groups, {k: len(v) for k, v in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))})
totals = {d: reduce(operator.add, (r["salary"] for r in records if r["dept"] == d)) for d in groups}
print(totals, max(totals, key=totals.get), f"{sum(totals.values()) / len(records):,.1f}")
oldest = max(records, key=operator.itemgetter("age"))
print(oldest["name"], min(records, key=lambda r: (r["age"], r["name"]))["name"])
stable = sorted([(2, "a"), (1, "b"), (2, "c"), (1, "d")], key=operator.itemgetter(0))
print(stable, sorted(stable, key=operator.itemgetter(0), reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    sorted(records)
except TypeError as e:
    print("TypeError", e)
try:
    band([1])
except TypeError as e:
    print("TypeError", e)
print("%-6s|%8s|%5s" % ("dept", "total", "share"))
grand = sum(totals.values())
for d, t in sorted(totals.items()):
    print("%-6s|%8d|%5.1f%%" % (d, t, 100 * t / grand))
