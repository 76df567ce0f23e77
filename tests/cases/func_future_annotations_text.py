from __future__ import annotations
# Under the future import an annotation is stored as text rebuilt from its AST:
# normalised spacing, repr() of constants, parentheses only where precedence needs them.
a: List[ int ]
b: Dict[str,int]
c: "str"
d: int|None
e: 1+2*3
f: (1+2)*3
g: -x ** 2
h: (-x) ** 2
i: x ** -y
j: not a and b or c
k: a if b else c
l: lambda x, *y, z=1, **w: x
m: f(a, *b, k=1, **c)
n: x[1:2, ::3]
o: x[()]
p: x[(1,)]
q: (1, 2)
r: ()
s: [1, 2]
t: {1: 2, **d}
u: {1, 2}
v: [x for x in y if x]
w: {k: v for k, v in z}
x_: (x for x in y)
y_: 1 .real
z_: 1.5
aa: 1e400
ab: 2j
ac: b'x'
ad: ...
ae: Callable[..., int]
af: a < b <= c is not d not in e
ag: ~a | b & c ^ d << e >> f
ah: a @ b // c % d
ak: x[a:b]
al: f'{x!r:>{w}} {y=}'
an: a.b.c
ao: "it's"
ap: None
aq: True
ar: {*()}
as_: {*a, *b}
at: x[*a]
au: f(x for x in y)
av: a if (b if c else d) else (e if f else g)
aw: (lambda: 1)()
ax: -1
ay: (a, *b)
az: x[a, b:c]
ba: 0x10
bb: 1_000
bc: 10000000000000000000000000
bd: f'a{{b}}c'
be: a.b[c](d)
bf: x[-1]
bg: (a or b) and c
bh: a - (b - c)
bi: (a - b) - c
bj: 2 ** 3 ** 4
bk: (2 ** 3) ** 4
bm: 'a' 'b'
bn: "\n\t"
bo: [*a]
bp: {**a}
bq: (a,)
br: not not a
bs: -(-a)
bt: (not a) == b
bu: a[b][c]
bv: (a + b).c
bw: (a, b)[0]
bx: x[1:2:3]
by: x[::]
bz: x[:]
la: lambda *la: 0
lb: lambda **k: 0
lc: lambda a, *, lc: 0
ld: lambda *, c, **k: 0
le: lambda *a, lb: 0
lf: lambda a=1, /: 0
lg: 'x' u'y'
lh: U'x'
li: R'\d'
lj: u''

for k, v in __annotations__.items():
    print(k, repr(v))
def f(a: Dict[ str , "X" ], *args: *Ts, b: int=3, **kw: 'Any') -> Optional[ List[int] ]: pass
print(f.__annotations__)
class C:
    x: ClassVar[int] = 1
    y: "List['C']"
    z: (1.5).real
    w: f'{a:{b}.{c}f} and {d!a} {"q"}' 'lit{'
    v: lambda a, /, b, *, c: 0
    u: lambda *, k=(1, 2): k
    t: x[a:b:c, d]
    s: None
    r: -1 ** 2
    q: (-1) ** 2
    p: a[1:2][::-1]
    o: u'x' 'y"' + b'\x00"'
    n: f"{x=:>10}" f"{y=!s}"
    m: {**a, 'k': v}
    l: 1j + 2.5e-3 - 1e400j
    k: x if y else (lambda: z)
    j: (a, b) == (c,)
    i: a is not None and not b
    h: f'{ {1: 2}[1] }'
print(C.__annotations__)
