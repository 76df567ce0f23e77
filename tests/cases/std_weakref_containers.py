# WeakValueDictionary, WeakKeyDictionary, WeakSet and finalize.
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n


objs = [Obj(i) for i in range(5)]
wv = weakref.WeakValueDictionary()
for o in objs:
    wv["k%d" % o.n] = o
o = None
print(sorted(wv.keys()), len(wv), "k2" in wv)
del objs[2]
print(sorted(wv.keys()), len(wv), "k2" in wv, wv.get("k2", "gone"))
try:
    wv["k2"]
except KeyError as e:
    print(type(e).__name__, e)
print(wv["k3"], wv.pop("k3"), sorted(wv))
print(sorted((k, v.n) for k, v in wv.items()))
print(sorted(v.n for v in wv.values()))
extra = Obj(9)
print(wv.setdefault("k9", extra) is extra, len(wv))
extra = None
print(len(wv), sorted(wv))
copy = wv.copy()
print(type(copy).__name__, sorted(copy))

wk = weakref.WeakKeyDictionary()
for o in objs:
    wk[o] = o.n * 10
o = None
print(sorted(wk.values()), len(wk), objs[0] in wk, 5 in wk)
objs.pop()
print(sorted(wk.values()), len(wk))
print(sorted(o.n for o in wk.keys()), sorted((k.n, v) for k, v in wk.items()))
print(wk.get(objs[0]), wk.pop(objs[0]), len(wk))
try:
    wk[5] = 1
except TypeError as e:
    print(type(e).__name__, e)

ws = weakref.WeakSet(objs)
print(len(ws), objs[1] in ws, Obj(1) in ws, 3 in ws)
objs.pop(0)
print(len(ws), sorted(o.n for o in ws))
ws.discard(objs[0])
print(len(ws))

log = []
victim = Obj(20)
fin = weakref.finalize(victim, log.append, "finalized 20")
print(fin.alive, fin.atexit, fin.peek()[2:])
del victim
print(fin.alive, log, fin())
kept = Obj(21)
fin2 = weakref.finalize(kept, log.append, "never")
obj, fn, args, kwargs = fin2.detach()
print(obj is kept, fn is log.append, args, kwargs, fin2.alive, fin2.detach())
del kept, obj
print(log)
called = Obj(22)
fin3 = weakref.finalize(called, lambda *a, **k: log.append((a, k)), 1, 2, key="v")
print(fin3(), fin3.alive, fin3(), log[-1])
last = Obj(23)
weakref.finalize(last, print, "at exit", 23)
quiet = Obj(24)
weakref.finalize(quiet, print, "not at exit").atexit = False
print("end")
