# The metaclass of a class statement starts from its first base's class, whatever that is:
# a non-class base means calling its type with (name, bases, namespace).
def t(src):
    try:
        ns = {}
        exec(src, ns)
        print("ok", ns.get("R"))
    except Exception as e:
        print(type(e).__name__, e)
t("class R(1): pass")
t("class R('a'): pass")
t("class R(int, 1): pass")
t("class R(1, int): pass")
t("class R(None): pass")
t("class R(object()): pass")
t("def f(*a): return a\nclass Q:\n  pass\nq = Q()\nclass R(q): pass")
t("class M(type): pass\nclass A(metaclass=M): pass\nclass R(A, 1): pass")
t("class X:\n  def __init__(self, *a): self.a = a\nclass R(X()): pass\nR = R.a[0]")
