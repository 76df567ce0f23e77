"""Permutations and slice reversal.

For every permutation of 0..N-1 (generated in lexicographic order with the
"next permutation" step: find the rightmost ascent, swap, reverse the
tail), repeatedly reverse the prefix whose length is given by the first
element until 0 comes first, counting the reversals ("pancake flips").
Reports the largest flip count and a signed checksum of all counts.

Exercises list indexing, element swaps, slice reads, slice assignment with
a negative step, while loops and small-int comparisons.

Usage: fannkuch.py [N]   (default N = 9)
"""
import sys


def count_flips(perm):
    # Work on a copy; reverse the first (k + 1) elements until perm[0] == 0.
    p = perm[:]
    flips = 0
    k = p[0]
    while k:
        p[:k + 1] = p[k::-1]
        flips += 1
        k = p[0]
    return flips


def next_permutation(p):
    # Rearrange p into the next permutation in lexicographic order, in place.
    # Returns False once p was the last (descending) permutation.
    n = len(p)
    i = n - 2
    while i >= 0 and p[i] > p[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = n - 1
    while p[j] < p[i]:
        j -= 1
    p[i], p[j] = p[j], p[i]
    p[i + 1:] = p[:i:-1]
    return True


def fannkuch(n):
    perm = list(range(n))
    max_flips = 0
    checksum = 0
    index = 0
    while True:
        flips = count_flips(perm)
        if flips > max_flips:
            max_flips = flips
        # Alternate the sign with the permutation's index.
        checksum += flips if index % 2 == 0 else -flips
        index += 1
        if not next_permutation(perm):
            break
    return max_flips, checksum, index


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    max_flips, checksum, count = fannkuch(n)
    print(f"{count} permutations of {n}")
    print(f"checksum {checksum}")
    print(f"max flips {max_flips}")


if __name__ == "__main__":
    main()
