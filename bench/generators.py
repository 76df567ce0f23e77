"""Generator pipelines.

Numbers flow through a chain of generators, each suspended and resumed
once per item: an endless pseudo-random source, a filter, a map, a sliding
window that yields tuples, a chunker that yields lists, and a delegating
generator that uses `yield from` (also to receive a sub-generator's return
value). A recursive `yield from` walks a nested tree, a coroutine receives
values through `send`, and generator expressions feed `sum`, `any`, `all`,
`max`. Measures frame suspension and resumption, and the iterator protocol.

Usage: generators.py [ITEMS]   (default ITEMS = 500000)
"""
import sys


def source(seed):
    """Endless stream of pseudo-random ints in [0, 10000)."""
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % 2147483648
        yield (state >> 4) % 10000


def take(n, items):
    for i, x in enumerate(items):
        if i >= n:
            return
        yield x


def keep_if(pred, items):
    for x in items:
        if pred(x):
            yield x


def scaled(items, factor, offset):
    for x in items:
        yield x * factor + offset


def windows(items, size):
    """Sliding windows of `size` consecutive items, as tuples."""
    window = []
    for x in items:
        window.append(x)
        if len(window) > size:
            del window[0]
        if len(window) == size:
            yield tuple(window)


def chunks(items, size):
    chunk = []
    for x in items:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def counted(items):
    """Re-yields everything, then returns how many items there were."""
    n = 0
    for x in items:
        n += 1
        yield x
    return n


def delegate(items, log):
    # `yield from` passes items through and captures the return value.
    n = yield from counted(items)
    log.append(n)


def build_tree(depth, rand):
    # A nested list: leaves are ints, inner nodes are lists of 1-4 children.
    if depth == 0:
        return next(rand)
    return [build_tree(depth - 1, rand) for _ in range(1 + next(rand) % 4)]


def flatten(node):
    if isinstance(node, list):
        for child in node:
            yield from flatten(child)
    else:
        yield node


def averager():
    """Coroutine: send numbers in, get the running mean (scaled) back."""
    total = 0
    count = 0
    mean = None
    while True:
        value = yield mean
        total += value
        count += 1
        mean = total * 1000 // count


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
    log = []

    # Main pipeline: source -> filter -> map -> window -> sum per window.
    stream = take(n, source(42))
    odd = keep_if(lambda x: x % 2 == 1, stream)
    moved = scaled(odd, 3, -7)
    window_sums = (sum(w) for w in windows(delegate(moved, log), 5))
    checksum = 0
    for s in window_sums:
        checksum = (checksum * 17 + s) % 1000000007

    # Chunks through the same kind of chain; any/all/max over genexps.
    big_chunks = 0
    has_zero = 0
    all_small = 0
    peak = 0
    for chunk in chunks(take(n // 2, source(7)), 16):
        if any(x < 10 for x in chunk):
            has_zero += 1
        if all(x < 9000 for x in chunk):
            all_small += 1
        if sum(x for x in chunk if x > 5000) > 40000:
            big_chunks += 1
        peak = max(peak, max(x % 997 for x in chunk))

    # Recursive yield from over a tree.
    tree = build_tree(9, source(99))
    leaves = 0
    leaf_sum = 0
    for leaf in flatten(tree):
        leaves += 1
        leaf_sum += leaf

    # A coroutine fed with send().
    avg = averager()
    next(avg)
    mean = 0
    for x in take(n // 4, source(3)):
        mean = avg.send(x)

    print(f"window checksum {checksum}, odd items {log[0]}")
    print(f"chunks: any<10 {has_zero}, all<9000 {all_small}, big {big_chunks}, peak {peak}")
    print(f"tree leaves {leaves} sum {leaf_sum}")
    print(f"running mean x1000 {mean}")


if __name__ == "__main__":
    main()
