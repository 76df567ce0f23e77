# return in finally overrides returns and swallows exceptions.
def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())

def g():
    try:
        raise KeyError("lost")
    finally:
        return "finally swallowed it"
print(g())

def h():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"
print(h())

def k():
    x = 1
    try:
        return x
    finally:
        x = 2
print(k())

def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())

def count():
    n = []
    try:
        n.append(1)
        return n
    finally:
        n.append(2)
print(count())
