# add_note/__notes__, and control flow leaving finally blocks: return/break/continue override
# or swallow the pending exception.
e = ValueError("with notes")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second\nmultiline note")
print(e.__notes__, type(e.__notes__).__name__, str(e), repr(e))
for bad in (5, b"bytes", None):
    try:
        e.add_note(bad)
    except TypeError as err:
        print(type(err).__name__, err)
e.__notes__.append("appended directly")
print(len(e.__notes__))
try:
    e.add_note()
except TypeError as err:
    print(type(err).__name__)

def annotate(step):
    try:
        raise KeyError(step)
    except KeyError as err:
        err.add_note("while processing step %d" % step)
        raise
try:
    annotate(3)
except KeyError as err:
    print(repr(err), err.__notes__)

# notes survive re-raise and chaining
try:
    try:
        annotate(4)
    except KeyError as inner:
        inner.add_note("outer handler saw it too")
        raise RuntimeError("wrapped") from inner
except RuntimeError as outer:
    print(outer.__cause__.__notes__, hasattr(outer, "__notes__"))

# __notes__ replaced by a non-list
f = TypeError("odd notes")
f.__notes__ = ("a tuple",)
try:
    f.add_note("more")
except TypeError as err:
    print(type(err).__name__, err)
del f.__notes__
f.add_note("fresh start")
print(f.__notes__)

# return in finally swallows the exception
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(swallow())

# return in finally overrides an earlier return
def override():
    try:
        return "try value"
    finally:
        return "finally value"
print(override())

# finally runs but try's return value was already computed
def computed():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
        x = "rebinding does not matter"
print(computed())

# break and continue inside finally inside loops
def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                raise RuntimeError("dropped by break")
            out.append(i)
        finally:
            if i == 2:
                break
    return out
print(loop_break())

def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            out.append(i)
        finally:
            continue
    return out
print(loop_continue())

# nested finally ordering with a return in the middle
order = []
def nested():
    try:
        try:
            order.append("inner try")
            return "inner"
        finally:
            order.append("inner finally")
    finally:
        order.append("outer finally")
print(nested(), order)

# exception in finally replaces the original, which becomes the context
def replace():
    try:
        raise KeyError("original")
    finally:
        raise IndexError("replacement")
try:
    replace()
except IndexError as err:
    print(repr(err), repr(err.__context__))

# while/else and try/else interplay
def search(items, target):
    i = 0
    while i < len(items):
        try:
            if items[i] == target:
                break
        finally:
            i += 1
    else:
        return "not found after %d" % i
    return "found, i=%d" % i
print(search([5, 6, 7], 6), search([5, 6], 9))

def try_else(fail):
    try:
        if fail:
            raise OSError("fail")
    except OSError:
        return "except"
    else:
        return "else"
    finally:
        print("  finally for", fail)
print(try_else(True), try_else(False))
