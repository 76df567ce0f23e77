"""Nested loops and float division.

Estimates the spectral norm (largest singular value) of the infinite
matrix A with A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), cut to
N x N, by power iteration on A^T A. Each multiplication is a doubly nested
loop that recomputes the matrix entries on the fly, so the work is integer
arithmetic, a float division and a multiply-add per entry.

Usage: spectral_norm.py [N]   (default N = 260)
"""
import sys


def entry(i, j):
    # Entry of the matrix, 0-based: the (i+j)-th triangular number plus i+1.
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def mul_a(v, n):
    # (A v)[i] = sum_j A[i][j] * v[j]
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(i, j) * v[j]
        out.append(acc)
    return out


def mul_at(v, n):
    # (A^T v)[i] = sum_j A[j][i] * v[j]
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(j, i) * v[j]
        out.append(acc)
    return out


def mul_ata(v, n):
    return mul_at(mul_a(v, n), n)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 260
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mul_ata(u, n)
        u = mul_ata(v, n)
    # Rayleigh quotient: |A| ~ sqrt(<u, v> / <v, v>)
    uv = 0.0
    vv = 0.0
    for a, b in zip(u, v):
        uv += a * b
        vv += b * b
    print(f"spectral norm ({n}) = {(uv / vv) ** 0.5:.9f}")


if __name__ == "__main__":
    main()
