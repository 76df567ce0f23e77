# f-string fields and format() of objects whose __str__/__repr__/__format__ return a
# str subclass: a lone field keeps the subclass instance, conversions and joins give str.
class U(str): pass
class A:
    def __str__(self): return U('a')
class B:
    def __format__(self, spec): return U('b' + spec)
class C:
    def __repr__(self): return U('c')
u = U('u')
for v in [A(), B(), C(), u]:
    print(type(f'{v}').__name__, type(f'{v!s}').__name__, type(f'{v!r}').__name__, type(f'{v:}').__name__, type(f'<{v}>').__name__, f'<{v}>', type(format(v)).__name__)
print(type(f'{B():x}').__name__, f'{B():x}', f'{A()}{B()}{C()!r}{u}')
print(type(str(C())).__name__, type(repr(C())).__name__, type('%s' % C()).__name__)
print(type(f'{C()!a}').__name__, f'{C()!a}', f'{u!r:>6}', f'{u:>3}', type(f'{u:>3}').__name__)
try:
    f'{A():>3}'
except TypeError as e:
    print(type(e).__name__, e)
