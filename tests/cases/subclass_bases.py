# Which builtin types can be bases, lay-out conflicts, and a subclass of a subclass.
for bases in [(bool,), (list, dict), (list, Exception), (range,)]:
    try:
        type("X", bases, {})
    except TypeError as e:
        print(e)
class A(list): pass
class B(A): pass
b = B("ab")
print(b, isinstance(b, A), B.__mro__ == (B, A, list, object))
