# Subscripts and slices: negative indexes, steps, out of range bounds.
s = list(range(10))
print(s[0], s[-1], s[-10])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-7])
print(s[::2], s[1::2], s[::-1], s[::-3], s[8:2:-2])
print(s[100:], s[-100:2], s[5:2], s[2:100:3])
print("abcdef"[1:4], "abcdef"[::-1], "abcdef"[-2:])
print((1, 2, 3, 4)[1:], (1, 2, 3)[::-1])
m = [[1, 2], [3, 4]]
print(m[1][0], m[-1][-1])
d = {"k": [10, 20]}
print(d["k"][1])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    (1,)[2]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
print(s[True], s[False:True])
