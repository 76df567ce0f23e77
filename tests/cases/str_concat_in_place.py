# s += t on a str only the local holds appends in place (CPython does too): the
# other names bound to the old value, dict keys and hashes must not see it change.
def f():
    s = 'a'
    t = s
    s += 'b'
    print(s, t)
    u = 'x'
    u += u
    print(u)
    w = ''
    for i in range(5):
        w += str(i)
        w = w + '-'
    print(w, len(w), hash(w) == hash('0-1-2-3-4-'))
    d = {w: 1}
    w += 'z'
    print(d, w, w in d)
    z = 'é'
    z += 'ü'
    z += 'x'
    print(z, len(z), z[1], z.upper())
    k = 'abc'
    k = k + 'd'
    print(k, k == 'abcd')
f()
def g():
    parts = []
    s = ''
    for i in range(2000):
        s += chr(65 + i % 26)
        if i % 500 == 0:
            parts.append(s)
    print(len(s), [len(p) for p in parts], parts[1][-3:], s[-5:])
    def inner():
        return s
    s += '!'
    print(inner()[-2:])
g()
