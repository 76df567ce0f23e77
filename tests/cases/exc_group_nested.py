# Nested groups and nested try statements with except*, clause type errors, and groups
# that override split.
def run(label, f):
    try:
        r = f()
        print(label, "->", r)
    except BaseException as e:
        print(label, "!!", type(e).__name__, repr(e))

def deep():
    g = ExceptionGroup("l0", [
        ValueError("a"),
        ExceptionGroup("l1", [TypeError("b"), ExceptionGroup("l2", [ValueError("c"), KeyError("d")])]),
    ])
    seen = []
    try:
        raise g
    except* ValueError as e:
        seen.append(repr(e))
    except* TypeError as e:
        seen.append(repr(e))
    except* KeyError as e:
        seen.append(repr(e))
    return seen
run("deep", deep)

def inner_handler():
    try:
        raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        try:
            raise ExceptionGroup("inner", [KeyError(3), ValueError(4)])
        except* KeyError as k:
            print("  inner KE", repr(k), repr(k.__context__))
        except* ValueError:
            print("  inner VE; outer e still", repr(e))
        print("  back in outer VE clause")
    except* TypeError:
        print("  outer TE")
    return "done"
run("inner", inner_handler)

def plain_inside_star():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        try:
            1 / 0
        except ZeroDivisionError as z:
            return_value = type(z).__name__
    return return_value
run("plain inside", plain_inside_star)

def star_inside_plain():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* ValueError as e:
            print("  ctx", repr(e.__context__))
    return "ok"
run("star inside", star_inside_plain)

def loop_in_handler():
    out = []
    try:
        raise ExceptionGroup("g", [ValueError(i) for i in range(4)])
    except* ValueError as e:
        for x in e.exceptions:
            if x.args[0] == 2:
                break
            out.append(x.args[0])
    return out
run("loop", loop_in_handler)

def call_in_body():
    def f(n):
        if n:
            raise ExceptionGroup(f"level{n}", [ValueError(n)])
    results = []
    for n in range(3):
        try:
            f(n)
        except* ValueError as e:
            results.append(e.message)
    return results
run("calls", call_in_body)

def catch_group_class():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
run("eg clause", catch_group_class)

def catch_group_in_tuple():
    try:
        raise ValueError(1)
    except* (TypeError, BaseExceptionGroup):
        pass
run("eg in tuple", catch_group_in_tuple)

def catch_non_exception():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* int:
        pass
run("int clause", catch_non_exception)

def check_after_full_match():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        print("  first clause ran")
    except* (str,):
        pass
run("late check", check_after_full_match)

def clause_expression_fails():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* undefined_name:
        pass
run("bad expr", clause_expression_fails)

class LoudGroup(ExceptionGroup):
    def split(self, cond):
        print("  LoudGroup.split", cond.__name__)
        return super().split(cond)

def custom_split():
    try:
        raise LoudGroup("loud", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("  got", repr(e))
    except* TypeError as e:
        print("  got", repr(e))
    return "ok"
run("custom split", custom_split)

class OddSplit(ExceptionGroup):
    def split(self, cond):
        return (None, self, "extra")

def odd_split():
    try:
        raise OddSplit("odd", [ValueError(1)])
    except* TypeError:
        pass
run("odd split", odd_split)
