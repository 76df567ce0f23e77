# for loops with else, break, continue; loop variable after the loop.
for i in range(3):
    print("i", i)
else:
    print("done, i =", i)

def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has factor", d)
            break
    else:
        print(n, "is prime")

for n in (7, 9, 13, 15):
    find_prime_factor(n)

for ch in "a1b2c3":
    if ch.isdigit():
        continue
    print("letter", ch)

for x in []:
    pass
else:
    print("empty loop else")

for i, ch in enumerate("xy"):
    for j in range(3):
        if j == 1:
            break
        print(i, ch, j)

for k in range(5):
    pass
print("k after loop", k)
for a, b in {"p": 1, "q": 2}.items():
    print(a, b)
