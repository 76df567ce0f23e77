# send/throw/close on generators, coroutines and async generators in each state, including
# throw() into an unstarted generator (PEP 479 applies) and a bad throw() through yield from.
# (An async generator's athrow() without arguments is left out: CPython 3.11 leaves
# ag_running set after that error, which tote does not copy.)
import types
def g1():
    x = yield 1
    yield x
    return 5
def g2():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
    finally:
        print("  finally g2")
def g3():
    try:
        yield 1
    finally:
        yield "bad"
def g4():
    yield from g2()
def g5():
    return 1
    yield
async def c1():
    return 3
@types.coroutine
def aw():
    v = yield "tick"
    return v
async def c2():
    r = await aw()
    return r
async def ag():
    yield 1
    yield 2
makers = [g1, g2, g3, g4, g5, c1, c2, ag]
ops = [("next", ()), ("send", (None,)), ("send", (7,)), ("throw", (ValueError("v"),)), ("throw", (ValueError,)),
       ("throw", (ValueError, "msg")), ("throw", (TypeError, None, None)), ("close", ()), ("throw", (GeneratorExit,)),
       ("throw", (StopIteration,)), ("send", ()), ("send", (1, 2)), ("throw", ()), ("throw", (1,)), ("close", (1,))]
seqs = [[a] for a in ops] + [[ops[0], b] for b in ops] + [[ops[1], ops[2], b] for b in ops] + [[ops[7], b] for b in ops[:4]]
def run(o, name, args):
    if name == "next":
        if hasattr(o, "__next__"):
            return next(o)
        if hasattr(o, "__anext__"):
            return type(o.__anext__()).__name__
        return o.send(None)
    if name in ("send", "throw") and hasattr(o, "asend"):
        aw_ = getattr(o, "a" + name)(*args)
        return aw_.send(None)
    return getattr(o, name)(*args)
import warnings
warnings.simplefilter("ignore")
for mk in makers:
    for seq in seqs:
        o = mk()
        out = []
        for name, args in seq:
            if mk is ag and name == "throw" and not args:
                continue
            try:
                r = run(o, name, args)
                out.append(f"{name}{args!r}={r!r}")
            except BaseException as e:
                out.append(f"{name}{args!r}!{type(e).__name__}:{e}")
        for attr in ("gi_running", "cr_running", "ag_running"):
            if hasattr(o, attr):
                out.append(f"{attr}={getattr(o, attr)}")
        frame = getattr(o, "gi_frame", getattr(o, "cr_frame", getattr(o, "ag_frame", 0)))
        out.append("frame" if frame else "noframe")
        print(mk.__name__, " | ".join(out))
        if hasattr(o, "close") and not hasattr(o, "aclose"):
            try:
                o.close()
            except BaseException as e:
                print("  close:", type(e).__name__, e)
