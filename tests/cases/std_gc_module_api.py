# The gc module's interface: switches, thresholds, counts, statistics, the tracked
# objects, referents and referrers, and its argument errors.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())

count = gc.get_count()
print(type(count).__name__, len(count), all(isinstance(c, int) for c in count))
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE,
      gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(0)
print(gc.garbage, gc.callbacks)

# What is tracked: containers, not atoms; dicts and tuples only with containers inside.
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None), gc.is_tracked(2.5))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": []}))
print(gc.is_tracked(()), gc.is_tracked(([],)))


class C:
    pass


obj = C()
print(gc.is_tracked(obj), gc.is_tracked(C), gc.is_tracked(len), gc.is_finalized(obj))

# Referents and referrers.
inner = [1, 2]
outer = [inner, "x"]
print(inner in gc.get_referents(outer), "x" in gc.get_referents(outer))
print(any(r is outer for r in gc.get_referrers(inner)))
print(gc.get_referents())
holder = {"k": obj}
print(obj in gc.get_referents(holder))

objs = gc.get_objects()
print(type(objs).__name__, any(o is outer for o in objs))
print(type(gc.get_objects(generation=2)).__name__)

n = gc.collect()
print(type(n).__name__, n >= 0)
print(gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect(generation=2) >= 0)
after = gc.get_stats()
print(after[2]["collections"] > stats[2]["collections"])

gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())

for call in [
    lambda: gc.collect(3),
    lambda: gc.collect(-1),
    lambda: gc.collect("x"),
    lambda: gc.get_objects(3),
    lambda: gc.set_threshold(),
    lambda: gc.set_threshold(1, 2, 3, 4),
    lambda: gc.is_tracked(),
    lambda: gc.set_debug("x"),
    lambda: gc.enable(1),
    lambda: gc.get_referents(x=1),
]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
gc.set_threshold(700, 10, 10)
