# Conditional expressions.
for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
x = 10
print("big" if x > 5 else "small")
print((lambda y: "even" if y % 2 == 0 else "odd")(7))
print([i if i % 2 else -i for i in range(5)])
def side(s):
    print("side", s)
    return s
print(side("yes") if True else side("no"))
print(side("yes") if False else side("no"))
print(1 + (2 if x else 3))
