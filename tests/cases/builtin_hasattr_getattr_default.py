# hasattr and getattr with a default: what counts as missing (AttributeError from a property,
# __getattr__, modules, types, slots, functions) and what propagates (other exceptions).
class A:
    @property
    def p(self): raise AttributeError("inner")
    @property
    def q(self): raise ValueError("boom")
a = A(); a.x = 1
print(hasattr(a, 'x'), hasattr(a, 'y'), hasattr(a, 'p'), getattr(a, 'p', 'dflt'), getattr(a, 'y', 5))
try: hasattr(a, 'q')
except ValueError as e: print("VE", e)
class G:
    def __getattr__(self, n):
        if n == 'magic': return 42
        raise AttributeError(n)
g = G()
print(hasattr(g, 'magic'), hasattr(g, 'other'), getattr(g, 'other', None))
import sys
print(hasattr(sys, 'argv'), hasattr(sys, 'nope'), getattr(sys, 'nope', 'd'))
print(hasattr(int, 'real'), hasattr(int, 'zz'), hasattr(3, 'real'), hasattr(3, 'zz'), hasattr([], 'append'))
print(hasattr(super(A, a), '__init__'), getattr(A.p, 'fget', None) is not None)
class S:
    __slots__ = ('a',)
s = S()
print(hasattr(s, 'a'), getattr(s, 'a', 'unset'))
s.a = 3; print(hasattr(s, 'a'))
def f(): pass
f.attr = 1
print(hasattr(f, 'attr'), hasattr(f, '__name__'), hasattr(f, 'zz'))
try: getattr(a, 'y')
except AttributeError as e: print(e)
