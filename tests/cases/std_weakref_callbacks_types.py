# Weak-reference callbacks fire for classes and functions too, when they die by reference
# counting or in a collected cycle.
import weakref, gc
d = weakref.WeakKeyDictionary()
def mk(i):
    class K: pass
    return K
for i in range(5):
    d[mk(i)] = i
gc.collect()
print(len(d), list(d.values()))
def f(): pass
r = weakref.ref(f, lambda w: print("function gone"))
del f
print("after del f")
class C: pass
r2 = weakref.ref(C, lambda w: print("class gone"))
del C
gc.collect()
print("end")
def mk():
    class K:
        def m(self): return super().m
    return K
K = mk()
r = weakref.ref(K, lambda w: print("K gone", w() is None))
f = K.m
rf = weakref.ref(f, lambda w: print("f gone"))
del K
print("collect")
gc.collect()
print("del f")
del f
gc.collect()
print("end")
