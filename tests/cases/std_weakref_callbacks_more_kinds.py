# Weak-reference callbacks for sets, frozensets, bound methods, generators and code
# objects fire when they die (a generator's before its finally block), and in cycles.
import weakref, gc
log = []
class C:
    def m(self): pass
def cb(name):
    return lambda r: log.append((name, r() is None))
s = {1, 2}
fs = frozenset([3])
c = C()
bm = c.m
def gen():
    try:
        yield 1
    finally:
        log.append('gen finally')
g = gen(); next(g)
code = compile('x = 1', 's', 'exec')
refs = [weakref.ref(s, cb('set')), weakref.ref(fs, cb('frozenset')), weakref.ref(bm, cb('method')),
        weakref.ref(g, cb('generator')), weakref.ref(code, cb('code'))]
print([r() is not None for r in refs])
del s; print(log)
del fs; print(log)
del bm; print(log)
del g; print(log)
del code; print(log)
print([r() for r in refs])
# in a cycle, collected
a = {frozenset([9])}
holder = []
def gen2():
    yield holder
g2 = gen2()
holder.append(g2)
r2 = weakref.ref(g2, cb('cyclic generator'))
del g2, holder
gc.collect()
print(log[-1:], r2())
d = weakref.WeakValueDictionary()
k = frozenset([1, 2])
d['a'] = k
del k
print(list(d.keys()))
f = weakref.finalize(C().m.__func__, print, 'never')
print(f.alive)
