"""Recursive function calls.

Naive doubly-recursive Fibonacci: almost nothing but Python-to-Python
calls, integer comparison and small-int addition. It measures the cost of
pushing and popping a frame, argument passing and returning a value.

Usage: fib.py [N]   (default N = 31)
"""
import sys


def fib(n):
    # Deliberately exponential: fib(n) makes about 2 * fib(n) calls.
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 31
    total = 0
    # A few smaller calls first so the result depends on more than one value.
    for k in range(n - 3, n + 1):
        total += fib(k)
    print(f"fib({n}) = {fib(n)}")
    print(f"checksum {total}")


if __name__ == "__main__":
    main()
