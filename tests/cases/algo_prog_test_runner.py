"""A miniature test runner: discovers test functions and classes, runs fixtures, captures
output, walks tracebacks by hand with linecache, and prints a summary."""
import sys
import io
import linecache
import time
import types
from contextlib import redirect_stdout, contextmanager
from functools import wraps

FIXTURES = {}


def fixture(fn):
    FIXTURES[fn.__name__] = fn
    return fn


def skip(reason):
    def deco(fn):
        fn.__skip__ = reason
        return fn
    return deco


def parametrize(name, values):
    def deco(fn):
        fn.__params__ = getattr(fn, "__params__", []) + [(name, list(values))]
        return fn
    return deco


def expect_raises(exc_type, match=None):
    @contextmanager
    def ctx():
        try:
            yield
        except exc_type as e:
            if match is not None and match not in str(e):
                raise AssertionError(f"{exc_type.__name__} raised but {match!r} not in {str(e)!r}") from e
        else:
            raise AssertionError(f"DID NOT RAISE {exc_type.__name__}")
    return ctx()


class Outcome:
    __slots__ = ("name", "status", "detail", "output")

    def __init__(self, name, status, detail="", output=""):
        self.name, self.status, self.detail, self.output = name, status, detail, output


def format_tb(tb, limit_file):
    lines = []
    while tb is not None:
        frame = tb.tb_frame
        code = frame.f_code
        if code.co_filename == limit_file and code.co_name not in ("run_one", "call_with_fixtures"):
            src = linecache.getline(code.co_filename, tb.tb_lineno).strip()
            local_names = sorted(k for k in frame.f_locals if not k.startswith("_"))
            lines.append(f"    at {code.co_name}:{tb.tb_lineno - FIRST_LINE}  {src}  locals={local_names}")
        tb = tb.tb_next
    return lines


def call_with_fixtures(fn, extra):
    names = fn.__code__.co_varnames[:fn.__code__.co_argcount]
    kwargs = {}
    teardowns = []
    for n in names:
        if n in extra:
            kwargs[n] = extra[n]
        elif n == "self":
            continue
        elif n in FIXTURES:
            value = FIXTURES[n]()
            if isinstance(value, types.GeneratorType):
                teardowns.append(value)
                value = next(value)
            kwargs[n] = value
        else:
            raise LookupError(f"fixture {n!r} not found")
    try:
        return fn(**kwargs)
    finally:
        for gen in reversed(teardowns):
            try:
                next(gen)
            except StopIteration:
                pass


def expand(name, fn):
    params = getattr(fn, "__params__", None)
    if not params:
        yield name, {}
        return
    combos = [{}]
    for pname, values in params:
        combos = [dict(c, **{pname: v}) for c in combos for v in values]
    for c in combos:
        label = "-".join(repr(v) for v in c.values())
        yield f"{name}[{label}]", c


def run_one(name, fn, extra):
    if hasattr(fn, "__skip__"):
        return Outcome(name, "SKIP", fn.__skip__)
    buf = io.StringIO()
    try:
        with redirect_stdout(buf):
            call_with_fixtures(fn, extra)
    except AssertionError as e:
        _, _, tb = sys.exc_info()
        detail = [f"AssertionError: {e}"] + format_tb(tb, __file__)
        if e.__cause__ is not None:
            detail.append(f"    caused by {type(e.__cause__).__name__}: {e.__cause__}")
        return Outcome(name, "FAIL", "\n".join(detail), buf.getvalue())
    except Exception as e:
        detail = [f"{type(e).__name__}: {e}"] + format_tb(e.__traceback__, __file__)
        return Outcome(name, "ERROR", "\n".join(detail), buf.getvalue())
    return Outcome(name, "PASS", output=buf.getvalue())


def discover(namespace):
    for name, obj in list(namespace.items()):
        if name.startswith("test_") and callable(obj) and not isinstance(obj, type):
            yield name, obj
        elif name.startswith("Test") and isinstance(obj, type):
            for attr in sorted(vars(obj)):
                if attr.startswith("test_"):
                    inst = obj()
                    if hasattr(inst, "setup"):
                        inst.setup()
                    yield f"{name}::{attr}", getattr(inst, attr)


FIRST_LINE = sys._getframe().f_lineno


@fixture
def numbers():
    print("setup numbers")
    yield [3, 1, 2]
    print("teardown numbers")


@fixture
def config():
    return {"debug": True, "level": 3}


def test_sorting(numbers):
    print("inside test")
    assert sorted(numbers) == [1, 2, 3]


def test_failing_compare(numbers, config):
    total = sum(numbers)
    assert total == config["level"] * 3, f"total was {total}"


@parametrize("a", [1, 2])
@parametrize("b", ["x", "yy"])
def test_param(a, b):
    assert len(b) * a < 4, (a, b)


def test_raises_ok():
    with expect_raises(ZeroDivisionError, match="division"):
        1 / 0


def test_raises_wrong_message():
    with expect_raises(KeyError, match="beta"):
        {}["alpha"]


def test_not_raised():
    with expect_raises(ValueError):
        int("12")


def helper_that_breaks(data):
    return data["missing"]


def test_error_in_helper(config):
    helper_that_breaks(config)


@skip("not ready")
def test_skipped():
    raise RuntimeError


def test_missing_fixture(database):
    pass


class TestStack:
    def setup(self):
        self.stack = []

    def test_push_pop(self):
        self.stack.append(1)
        assert self.stack.pop() == 1

    def test_empty_pop(self):
        self.stack.pop()

    def test_assert_message(self):
        x = [1, 2]
        assert len(x) == 3, "expected three"


def main():
    results = []
    for name, fn in discover(globals()):
        for label, extra in expand(name, fn):
            results.append(run_one(label, fn, extra))
    width = max(len(r.name) for r in results)
    for r in results:
        print(f"{r.name:<{width}}  {r.status}")
        if r.output:
            for line in r.output.splitlines():
                print(f"{'':<{width}}  | {line}")
        if r.detail and r.status != "PASS":
            print(r.detail)
    counts = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    summary = ", ".join(f"{n} {s.lower()}" for s, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    print("=" * 20, summary, "=" * 20)
    return 1 if counts.get("FAIL") or counts.get("ERROR") else 0


if __name__ == "__main__":
    sys.exit(main())
