def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(order())
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("finally", i)
for i in range(3):
    try:
        continue
    finally:
        print("cont finally", i)
def loop_break_exc():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke out", i
print(loop_break_exc())
def nested_finally():
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_finally())
def exc_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    exc_in_finally()
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_captured())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("iteration", n)
print(while_finally())
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen_finally():
    print(v)
    break
print("after loop")
def else_finally():
    try:
        pass
    except Exception:
        print("no")
    else:
        return "else"
    finally:
        print("finally after else")
print(else_finally())
