# Exceptions propagating through several frames, caught at different levels.
def level3(x):
    if x == 3:
        raise LookupError("deep")
    return x

def level2(x):
    try:
        return level3(x)
    except ValueError:
        return "level2 handled ValueError"

def level1(x):
    try:
        return level2(x)
    except LookupError as e:
        return f"level1 handled {e}"
    finally:
        print("level1 finally", x)

print(level1(1))
print(level1(3))
def gen_raiser():
    yield 1
    raise ValueError("from generator")
try:
    for v in gen_raiser():
        print("got", v)
except ValueError as e:
    print("caught", e)
