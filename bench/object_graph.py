"""A large, long-lived object graph: what the cycle collector costs a program.

A catalogue of N records is built (each an instance with a dict of fields, a list of
tags and a reference back to its parent group, so every record sits in a cycle), kept
alive while it is queried and updated, then half of it is dropped and rebuilt. Many
objects outlive several collections, so the older generations fill up and full
collections have hundreds of thousands of objects to examine, as in a service that
holds its state in memory.

Usage: object_graph.py [N]   (default N = 80000)
"""
import sys


class Group:
    def __init__(self, name):
        self.name = name
        self.members = []

    def add(self, record):
        self.members.append(record)
        record.group = self


class Record:
    def __init__(self, key, price, tags):
        self.key = key
        self.fields = {"price": price, "stock": key % 17, "name": "item%d" % key}
        self.tags = tags
        self.group = None

    def value(self):
        return self.fields["price"] * self.fields["stock"]


def build(groups, start, count):
    x = start * 7919 + 1
    for key in range(start, start + count):
        x = (x * 1103515245 + 12345) % 2147483648
        tags = [x % 5, x % 7]
        groups[x % len(groups)].add(Record(key, x % 1000, tags))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 80000
    groups = [Group("g%d" % i) for i in range(64)]
    build(groups, 0, n)
    total = 0
    for g in groups:
        for r in g.members:
            total += r.value()
            if 3 in r.tags:
                r.fields["stock"] += 1
    for g in groups[::2]:
        g.members = [r for r in g.members if r.key % 3]
    build(groups, n, n // 2)
    count = sum(len(g.members) for g in groups)
    best = max((r.value(), r.key) for g in groups for r in g.members)
    print(count, total, best)


main()
