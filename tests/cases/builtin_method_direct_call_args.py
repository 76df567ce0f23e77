# Methods of the builtin containers and bytes called directly with wrong arguments: CPython's
# messages for a direct call (which name the class, unlike a call through a bound-method object).
for src in ["bytearray(b'a').count(key=1)", "bytearray.maketrans(key=1)", "bytes.maketrans(key=1)", "set().union(key=1)", "{1}.update(x=1)",
            "range(5).count()", "range(5).index()", "range(5).count(1, 2)", "bytearray.fromhex(None)", "bytes.fromhex(None)",
            "bytearray(b'ab').hex([1])", "b'ab'.hex([1])", "b'ab'.hex(1)", "b'ab'.hex('')", "b'ab'.hex('ab')", "str.maketrans(key=1)",
            "[].sort(1)", "[].index()", "().count()", "{}.get()", "{}.pop()", "set().add()", "frozenset().issubset()"]:
    try:
        print(src, "->", eval(src))
    except Exception as e:
        print(src, "->", type(e).__name__, e)
