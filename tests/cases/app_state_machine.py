# A small event-driven state machine using match statements, including matching
# sys.version_info (a struct sequence) as a sequence pattern.
import sys


class Event:
    def __init__(self, kind, **data):
        self.kind = kind
        self.data = data

    def __repr__(self):
        args = ", ".join(f"{k}={v!r}" for k, v in self.data.items())
        return f"Event({self.kind!r}{', ' if args else ''}{args})"


def handle(state, ev):
    match state, ev:
        case "idle", Event(kind="start", data={"speed": int(s)}) if s > 0:
            return "running", f"start at {s}"
        case "idle", Event(kind="start"):
            return "idle", "bad start"
        case "running", Event(kind="stop" | "halt" as k):
            return "idle", f"stopped via {k}"
        case "running", Event(kind="tick", data={"n": n, **rest}):
            return "running", f"tick {n} extra={rest}"
        case (s, Event(kind=k)):
            return s, f"ignored {k} in {s}"


state = "idle"
events = [
    Event("start", speed=0),
    Event("start", speed=5),
    Event("tick", n=1, extra="y"),
    Event("bogus"),
    Event("halt"),
    Event("start"),
]
for ev in events:
    state, msg = handle(state, ev)
    print(f"{ev!r:<40} -> {state:8} {msg}")

# Struct sequences match sequence patterns like the tuples they are in CPython.
match sys.version_info:
    case (3, minor, *_):
        print("python 3, minor >= 0:", minor >= 0)
    case _:
        print("no match")
match sys.version_info:
    case (major, minor, micro, level, serial):
        print("five fields", major, type(minor).__name__, type(level).__name__)
match sys.version_info:
    case {"major": 3}:
        print("mapping?!")
    case [*all_fields]:
        print("fields", len(all_fields))
match sys.float_info:
    case (fmax, *_):
        print("float max positive", fmax > 0)
print(sys.version_info >= (3, 8), sys.version_info[:1], tuple(sys.version_info)[:1])

# Struct sequences are tuples: isinstance, tuple methods, unpacking. A tuple subclass
# refuses item assignment under its own name.
import time

t = time.gmtime(0)
print(isinstance(sys.version_info, tuple), isinstance(t, tuple), tuple.__len__(t))
year, month, *rest = t
print(year, month, len(rest), t[:3], t == tuple(t), hash(t) == hash(tuple(t)))


class Frozen(tuple):
    pass


try:
    Frozen((1, 2))[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    del Frozen((1, 2))[0]
except TypeError as e:
    print("TypeError", e)
