# if / elif / else chains and truthiness of values.
def classify(v):
    if v:
        return "truthy"
    else:
        return "falsy"

for v in (0, 1, -1, 0.0, "", "a", [], [0], {}, {"k": 0}, None, (), (None,), set(), range(0), range(1)):
    print(repr(v), classify(v))

def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"
print([grade(s) for s in (95, 85, 75, 10, 90, 80)])
x = 3
if x > 1:
    if x > 2:
        print("nested both")
if x == 3: print("one-liner")
