# cmp_to_key keys from different calls compare with each other; partialmethod's repr.
import functools


def by_value(a, b):
    return a - b


def reversed_order(a, b):
    return b - a


k1 = functools.cmp_to_key(by_value)
k2 = functools.cmp_to_key(reversed_order)
print(k1(3) < k2(4), k2(3) < k1(4), k1(2) == k2(2), k1(5) >= k2(1), k2(5) >= k1(1))
print(sorted([3, 1, 2], key=k1), sorted([3, 1, 2], key=k2))
mixed = [k1(3), k2(1), k1(2)]
print([k.obj for k in sorted(mixed)])
for other in (3, "x", None):
    try:
        k1(1) < other
    except TypeError as e:
        print("TypeError", e)
print(k1(1).obj, type(k1(1)) is type(k1(2)))


class C:
    def method(self, *args, **kwargs):
        return args, kwargs

    no_args = functools.partialmethod(method)
    with_args = functools.partialmethod(method, 1, 2)
    with_kw = functools.partialmethod(method, k=3)
    both = functools.partialmethod(method, "a", k="b")


for name in ("no_args", "with_args", "with_kw", "both"):
    pm = C.__dict__[name]
    text = repr(pm)
    print(name, text[:text.index("<")] + text[text.index(">") + 1:])
    print(getattr(C(), name)(9, z=0))
