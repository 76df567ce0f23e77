"""Sorting with key functions, and comprehensions.

Builds a table of pseudo-random "employee" records (tuples), then answers
questions about it the way a report script would: sorted() with lambda
keys and tuple keys, list.sort with reverse, min/max with keys, grouping
with dict comprehensions, de-duplication with set comprehensions, nested
list comprehensions with conditions, and zip/enumerate. Repeated over
several rounds, each with a freshly shuffled table.

Sets are only ever measured (len) or sorted before printing, so the output
does not depend on hash order.

Usage: sort_comprehension.py [RECORDS]   (default RECORDS = 28000)
"""
import sys

DEPARTMENTS = ("eng", "ops", "sales", "legal", "design", "support", "hr")
CITIES = ("Oslo", "Lima", "Pune", "Kyiv", "Cork", "Gent", "Bern", "Nara")


def lcg(seed):
    """Endless pseudo-random numbers as a closure over the seed."""
    state = [seed]

    def next_value(bound):
        state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        return (state[0] >> 33) % bound

    return next_value


def make_records(n, rand):
    # (id, name, department, city, age, salary)
    return [
        (i,
         "".join("abcdefghijklmnopqrstuvwxyz"[rand(26)] for _ in range(5)),
         DEPARTMENTS[rand(len(DEPARTMENTS))],
         CITIES[rand(len(CITIES))],
         20 + rand(45),
         30000 + 500 * rand(200))
        for i in range(n)
    ]


def shuffle(items, rand):
    # Fisher-Yates with our own generator.
    for i in range(len(items) - 1, 0, -1):
        j = rand(i + 1)
        items[i], items[j] = items[j], items[i]


def one_round(records):
    acc = 0
    # Several orderings of the same records.
    by_salary = sorted(records, key=lambda r: (-r[5], r[1], r[0]))
    by_name = sorted(records, key=lambda r: r[1])
    by_dept_age = sorted(records, key=lambda r: (r[2], r[4], r[0]))
    acc += by_salary[0][0] + by_name[0][0] + by_dept_age[-1][0]
    # Plain tuple comparison (no key) and a reverse in-place sort.
    plain = sorted(records)
    acc += plain[len(plain) // 2][4]
    ages = [r[4] for r in records]
    ages.sort(reverse=True)
    acc += ages[len(ages) // 3]

    # Group salaries by department with a dict comprehension.
    by_dept = {d: [r[5] for r in records if r[2] == d] for d in DEPARTMENTS}
    averages = {d: sum(v) // len(v) for d, v in by_dept.items() if v}
    richest = max(averages, key=lambda d: (averages[d], d))
    acc += averages[richest] + len(richest)

    # Sets: distinct initials per city, distinct (dept, city) combinations.
    initials = {c: {r[1][0] for r in records if r[3] == c} for c in CITIES}
    combos = {(r[2], r[3]) for r in records}
    acc += sum(len(s) for s in initials.values()) + len(combos)
    acc += len(sorted(initials["Oslo"])[:3])

    # Nested comprehension: the top earner of each (department, age decade).
    top = [
        max((r for r in records if r[2] == d and r[4] // 10 == dec),
            key=lambda r: (r[5], -r[0]), default=None)
        for d in DEPARTMENTS[:3]
        for dec in range(2, 7)
    ]
    acc += sum(r[0] for r in top if r is not None)

    # Rank with enumerate, pair up with zip.
    ranks = {r[0]: rank for rank, r in enumerate(by_salary)}
    acc += sum(ranks[a[0]] - ranks[b[0]] for a, b in zip(by_name, by_dept_age)) % 1000003
    youngest = min(records, key=lambda r: (r[4], r[1]))
    acc += youngest[0]
    return acc


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 28000
    rand = lcg(7)
    records = make_records(n, rand)
    checksum = 0
    for round_no in range(4):
        shuffle(records, rand)
        checksum = (checksum * 131 + one_round(records)) % 1000000007
    print(f"records {n}")
    print(f"checksum {checksum}")


if __name__ == "__main__":
    main()
