import weakref, sys, types
import io
def cb(r): print("callback", r() is None)
def f(): pass
r = weakref.ref(f, cb); del f; print("after del f")
class C: pass
r2 = weakref.ref(C, cb); del C
import gc; gc.collect(); print("after gc")
s = {1, 2}; r3 = weakref.ref(s, cb); del s; print("after del s")
fs = frozenset({1}); r4 = weakref.ref(fs, cb); del fs; print("after del fs")
m = types.ModuleType("m"); r5 = weakref.ref(m, cb); del m; print("after del m")
def g(): yield 1
gen = g(); r6 = weakref.ref(gen, cb); del gen; print("after del gen")
class D:
    def meth(self): pass
bm = D().meth; r7 = weakref.ref(bm, cb); del bm; print("after del bm")
code = (lambda: 0).__code__; 
fin = weakref.finalize(D(), print, "finalized D")
print("end")
def cb2(r): print("callback", type(r).__name__)
for make in [lambda: len, lambda: property(), lambda: staticmethod(len), lambda: classmethod(len), lambda: io.StringIO(), lambda: io.BytesIO(), lambda: iter([]), lambda: range(3), lambda: memoryview(b""), lambda: (i for i in "")]:
    try:
        o = make(); r = weakref.ref(o, cb); print("ok", type(o).__name__); del o
    except TypeError as e: print(e)
print("end")
