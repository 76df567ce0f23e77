for src in ("def f():\n    x = 1\n    global x\n", "def f():\n    nonlocal y\n", "def f(a):\n    global a\n",
            "nonlocal z\n", "def f():\n    print(x)\n    global x\n", "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
            "def f(a):\n    def g():\n        nonlocal a\n        a = 5\n    g()\n    return a\nr = f(1)\n",
            "class C:\n    nonlocal q\n", "def f():\n    global g1, g2\n    g1 = g2 = 'set'\nf()\n"):
    ns = {}
    try:
        exec(src, ns)
        print("ok", ns.get("r"), ns.get("g1"), ns.get("g2"))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make():
    total = []
    def add(v):
        total.append(v)
        return total
    return add
adder = make()
adder(1)
print(adder(2))
def rebind():
    v = 1
    def inner():
        nonlocal v
        v = "rebound"
    inner()
    return v
print(rebind())
def global_in_nested():
    def inner():
        global created_late
        created_late = "made"
    inner()
global_in_nested()
print(created_late)
