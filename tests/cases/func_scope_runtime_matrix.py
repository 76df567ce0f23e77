# Runtime scoping: unbound locals and free variables, class-body comprehensions, global,
# nonlocal, del, eval/exec namespaces, names that outlive their block.
srcs = [
 "def f():\n    print(x)\n    x = 1\nf()",
 "def f():\n    def g(): return x\n    g()\n    x = 1\nf()",
 "def f():\n    x = 1\n    del x\n    return x\nf()",
 "def f():\n    def g(): return x\n    x = 1\n    del x\n    return g()\nf()",
 "class C:\n    x = 1\n    y = [x for _ in range(2)]",
 "class C:\n    x = 1\n    y = [i for i in range(x)]\nprint(C.y)",
 "x = 5\nclass C:\n    x = 1\n    def m(self): return x\nprint(C().m())",
 "def f():\n    global gx\n    gx = 3\nf()\nprint(gx)",
 "del undefined_name",
 "def f():\n    del y\nf()",
 "class C:\n    del z",
 "x = 1\ndef f():\n    x += 1\nf()",
 "def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n        return n\n    return inner\nf = outer(); f(); print(f())",
 "print([lambda: i for i in range(3)][0]())",
 "print(eval('x', {'x': 1}, {'x': 2}))",
 "print(eval('[x for y in range(1)]', {}, {'x': 3}))",
 "exec('a = 1'); print(a)",
 "def f():\n    exec('b = 2')\n    return locals().get('b')\nprint(f())",
 "def f():\n    l = locals()\n    z = 1\n    return sorted(l)\nprint(f())",
 "print(__name__, __builtins__.__name__ if hasattr(__builtins__, '__name__') else type(__builtins__).__name__)",
 "try:\n    raise ValueError\nexcept ValueError as e:\n    pass\nprint(e)",
 "def f():\n    try:\n        1/0\n    except ZeroDivisionError as err:\n        pass\n    return err\nf()",
 "for i in range(0): pass\nprint(i)",
 "print((lambda: (yield))().__class__.__name__)",
 "def g():\n    x = yield\n    return x\nprint(type(g()).__name__)",
 "x = [i for i in range(3)]\nprint(i)",
 "f = lambda *, a: a\nf(1)",
 "import sys\nprint(sys.getrecursionlimit() > 100)",
 "def f(): return f()\nf()",
]
for src in srcs:
    try:
        exec(src, {})
        print(repr(src[:40]), "ok")
    except BaseException as e:
        print(repr(src[:40]), type(e).__name__ + ":", e)
