# eval and exec without namespaces see the caller's: a function's locals as locals()
# shows them (exec cannot rebind a local variable), a module's or class body's namespace.


def f(a):
    b = 2
    print(eval("a + b"), eval("[a] * b"))
    exec("a = 100; c = 3")
    print(a)
    print(sorted(locals()), locals()["a"], locals().get("c"))
    try:
        c
    except NameError as e:
        print("NameError", e)
    exec("print('inside exec', a, b)")
    l1 = locals()
    l2 = locals()
    print(l1 is l2, sorted(l1))
    del b
    print(sorted(locals()))
    try:
        eval("lambda: a")()
    except NameError as e:
        print("NameError", e)
    return eval("(lambda a: a * 2)(a)")


print(f(1))


def rebinding():
    x = 1
    exec("x = 2")
    return locals()["x"], x


print(rebinding())


def closures():
    outer = "cell"

    def inner():
        return eval("outer")

    try:
        print(inner())
    except NameError as e:
        print("NameError", e)

    def uses():
        return outer, eval("outer")

    print(uses())


closures()


class Body:
    v = 3
    print(eval("v * 2"), sorted(k for k in locals() if not k.startswith("__")))
    exec("w = v + 1")


print(Body.w)
top = "module level"
print(eval("top"), eval("__name__"))
exec("made_here = top.upper()")
print(made_here)

# Explicit namespaces: builtins are added to a globals dict that lacks them.
g = {"x": 1}
exec("y = x + 1\ndef fn(): return y * 10", g)
print(g["y"], g["fn"](), "__builtins__" in g, sorted(k for k in g if k != "__builtins__"))
print(eval("len('abc') + x", {"x": 1}), eval("x", {"x": 1}, {"x": 2}), eval("x", None, {"x": 3}))
loc = {}
exec("z = 5", {}, loc)
print(loc)
for bad in ('eval("1", [1])', 'exec("1", [1])', 'eval("1", {}, 5)', 'exec("1", {}, 5)',
            'eval(1)', 'exec(1)', 'eval("1", globals=None)', 'locals(1)', 'globals(1)'):
    try:
        exec(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    eval("a\0")
except SyntaxError as e:
    print("SyntaxError", e.msg)
print(eval(" \t 1 + 1"), eval(b"2 * 3"), eval(compile("4", "<f>", "eval")))
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError", e)
