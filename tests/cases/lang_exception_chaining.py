def show(e):
    c = e.__cause__
    x = e.__context__
    print(type(e).__name__, e, "| cause:", type(c).__name__ if c else None, "| context:", type(x).__name__ if x else None, "| suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("explicit") from z
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("suppressed") from None
except ValueError as e:
    show(e)
try:
    raise KeyError("a") from TypeError("t")
except KeyError as e:
    show(e)
try:
    raise KeyError("b") from TypeError
except KeyError as e:
    show(e)
    print(repr(e.__cause__))
try:
    raise KeyError from 5
except TypeError as e:
    print(type(e).__name__, e)
e = ValueError("manual")
e.__cause__ = KeyError("m")
print(e.__suppress_context__, repr(e.__cause__))
def nested():
    try:
        raise A("first")
    except Exception:
        try:
            raise B("second")
        except Exception:
            raise C("third")
class A(Exception): pass
class B(Exception): pass
class C(Exception): pass
try:
    nested()
except C as e:
    chain = []
    cur = e
    while cur:
        chain.append(str(cur))
        cur = cur.__context__
    print(chain)
try:
    try:
        raise A("x")
    finally:
        print("finally runs")
except A as e:
    print(e.__context__)
try:
    try:
        raise A("orig")
    except A as a:
        raise a
except A as e:
    print("reraise same", e.__context__)
ex = ValueError("v")
print(ex.__traceback__, ex.__cause__, ex.__context__, ex.__suppress_context__)
try:
    raise ex
except ValueError as caught:
    print(caught.__traceback__ is not None, caught is ex)
r = RuntimeError("x").with_traceback(None)
print(type(r).__name__, r.args)
