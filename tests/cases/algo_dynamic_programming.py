# Dynamic programming: longest common subsequence, edit distance, coin change.
def lcs(a, b):
    dp = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            if x == y:
                dp[i + 1][j + 1] = dp[i][j] + x
            else:
                dp[i + 1][j + 1] = max(dp[i][j + 1], dp[i + 1][j], key=len)
    return dp[-1][-1]

def edit(a, b):
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]

def coins(amount, denoms):
    ways = [1] + [0] * amount
    for d in denoms:
        for v in range(d, amount + 1):
            ways[v] += ways[v - d]
    return ways[amount]

print(lcs("ABCBDAB", "BDCABA"), lcs("kitten", "sitting"))
print(edit("kitten", "sitting"), edit("", "abc"), edit("flaw", "lawn"))
print(coins(100, [1, 5, 10, 25, 50]), coins(0, [1]), coins(7, [2, 4]))
