"""An event bus: subscribers held weakly (functions, bound methods via WeakMethod),
priorities, wildcard topics, once-handlers, handler errors collected into an
ExceptionGroup, and a decorator API registered through __init_subclass__."""
import sys
import weakref
from collections import defaultdict
from functools import wraps


class HandlerError(Exception):
    def __init__(self, topic, handler, original):
        super().__init__(f"{handler} failed on {topic!r}: {original!r}")
        self.topic = topic
        # Without its traceback the error does not keep the failing frames (and handlers) alive.
        self.original = original.with_traceback(None)


class Subscription:
    __slots__ = ("ref", "priority", "once", "name", "seq")
    counter = 0

    def __init__(self, fn, priority, once):
        if hasattr(fn, "__self__") and hasattr(fn, "__func__"):
            self.ref = weakref.WeakMethod(fn)
            self.name = f"{type(fn.__self__).__name__}.{fn.__func__.__name__}"
        else:
            self.ref = weakref.ref(fn)
            self.name = getattr(fn, "__qualname__", repr(fn))
        self.priority = priority
        self.once = once
        Subscription.counter += 1
        self.seq = Subscription.counter

    def __call__(self):
        return self.ref()

    def __repr__(self):
        state = "" if self.ref() is not None else " (dead)"
        return f"<sub {self.name} p={self.priority}{' once' if self.once else ''}{state}>"


class Bus:
    def __init__(self):
        self.subs = defaultdict(list)
        self.history = []

    def subscribe(self, topic, fn=None, *, priority=0, once=False):
        if fn is None:
            return lambda f: self.subscribe(topic, f, priority=priority, once=once) or f
        self.subs[topic].append(Subscription(fn, priority, once))
        self.subs[topic].sort(key=lambda s: (-s.priority, s.seq))
        return fn

    def matching(self, topic):
        parts = topic.split(".")
        for pattern, subs in self.subs.items():
            pp = pattern.split(".")
            if pp == parts or (pp[-1] == "*" and pp[:-1] == parts[:len(pp) - 1] and len(parts) >= len(pp)):
                yield pattern, subs

    def publish(self, topic, **payload):
        self.history.append(topic)
        calls = []
        for pattern, subs in self.matching(topic):
            for s in list(subs):
                fn = s()
                if fn is None:
                    subs.remove(s)
                    continue
                calls.append((s, fn, pattern))
        calls.sort(key=lambda c: (-c[0].priority, c[0].seq))
        results, errors = [], []
        for s, fn, pattern in calls:
            if s.once:
                self.subs[pattern].remove(s)
            try:
                results.append(fn(topic, **payload))
            except Exception as e:
                errors.append(HandlerError(topic, s.name, e))
        if errors:
            raise ExceptionGroup(f"{len(errors)} handler(s) failed for {topic}", errors)
        return results

    def live_counts(self):
        return {t: sum(1 for s in subs if s() is not None) for t, subs in sorted(self.subs.items())}


bus = Bus()


class Plugin:
    registry = []

    def __init_subclass__(cls, topics=(), **kw):
        super().__init_subclass__(**kw)
        cls.topics = tuple(topics)
        Plugin.registry.append(cls)

    def attach(self, bus):
        for t in self.topics:
            bus.subscribe(t, self.handle, priority=getattr(self, "priority", 0))
        return self


class Auditor(Plugin, topics=("user.*", "order.created")):
    priority = 10

    def __init__(self):
        self.seen = []

    def handle(self, topic, **payload):
        self.seen.append(topic)
        return f"audit:{topic}"


class Mailer(Plugin, topics=("user.created",)):
    def handle(self, topic, email=None, **payload):
        if email is None or "@" not in email:
            raise ValueError(f"bad email {email!r}")
        return f"mail:{email}"


def logged(fn):
    @wraps(fn)
    def inner(topic, **payload):
        return f"log[{fn.__name__}]:" + fn(topic, **payload)
    return inner


@bus.subscribe("order.*", priority=5)
def on_order(topic, **payload):
    return f"order:{payload.get('id')}"


keep = logged(lambda topic, **p: f"{sum(p.values())}")
bus.subscribe("metrics", keep)
bus.subscribe("metrics", logged(lambda topic, **p: "temporary"))
bus.subscribe("user.created", lambda topic, **p: "welcome once", once=True, priority=-1)


def main():
    auditor = Auditor().attach(bus)
    mailer = Mailer().attach(bus)
    print([c.__name__ for c in Plugin.registry], Auditor.topics, Mailer.topics)
    print(dict((t, s) for t, s in bus.subs.items()))
    print(bus.publish("order.created", id=7))
    print(bus.publish("order.shipped", id=7))
    print(bus.publish("user.created", email="a@b.c"))
    print(bus.publish("user.created", email="x@y.z"))
    try:
        bus.publish("user.created", email="broken")
    except* HandlerError as eg:
        for e in eg.exceptions:
            print("handler error:", e, "| original:", type(e.original).__name__)
    print(bus.publish("metrics", a=1, b=2))
    del mailer
    print(bus.live_counts())
    print(bus.publish("user.created", email="gone"))
    print(bus.publish("nothing.here"), bus.publish("user.deleted.hard"))
    print(auditor.seen, bus.history)
    print(bus.subs["user.created"], bus.subs["metrics"])
    try:
        bus.subscribe("x", 42)
    except TypeError as e:
        print("TypeError:", e)


main()
