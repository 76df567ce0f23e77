# while loops, with else clauses that run only without break.
n = 0
while n < 3:
    print("n =", n)
    n += 1
else:
    print("while finished normally")

n = 0
while True:
    n += 1
    if n == 4:
        break
print("broke at", n)

n = 10
while n > 0:
    n -= 3
    if n == 4:
        print("found 4")
        break
else:
    print("no break, n =", n)

k = 0
while k < 0:
    print("never")
else:
    print("else runs even when the body never ran")

i = 0
total = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    total += i
print("even total", total)
