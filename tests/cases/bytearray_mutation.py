# bytearray: constructor forms, repr, mutating methods, item and slice assignment and
# deletion (with steps), += and *= in place, unhashable, equality with bytes.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

class Three:
    def __index__(self):
        return 3

class WithBytes:
    def __bytes__(self):
        return b"x"

print(bytearray(), bytearray(3), bytearray(Three()), bytearray([1, 2, 255]), bytearray(b"abc"), bytearray(bytearray(b"ba")))
print(bytearray(memoryview(b"mv")), bytearray("h\xe9", "utf-8"), bytearray("h\xe9", "latin-1"), bytearray(range(3)))
print(repr(bytearray(b"q'\"")), str(bytearray(b"s")), bytearray(b"\x00\xff"))
show("str no encoding", lambda: bytearray("abc"))
show("float", lambda: bytearray(1.5))
show("negative", lambda: bytearray(-1))
show("256", lambda: bytearray([256]))
show("-1 item", lambda: bytearray([-1]))
show("str item", lambda: bytearray(["a"]))
show("__bytes__ ignored", lambda: bytearray(WithBytes()))
show("encoding with int", lambda: bytearray(3, "utf-8"))
show("encoding only", lambda: bytearray(encoding="utf-8"))
show("errors with bytes", lambda: bytearray(b"a", errors="strict"))

ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
ba.extend(x for x in b"ij")
ba.extend(bytearray(b"k"))
ba.extend(memoryview(b"l"))
ba.insert(0, 64)
ba.insert(-1, 33)
ba.insert(100, 35)
ba.insert(-100, 36)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(107)
print(ba)
ba.reverse()
print(ba)
cp = ba.copy()
cp.append(0)
print(cp == ba, cp is ba, type(cp).__name__)
ba.clear()
print(ba, len(ba), bool(ba))
show("pop empty", lambda: bytearray().pop())
show("pop range", lambda: bytearray(b"a").pop(5))
show("pop str", lambda: bytearray(b"a").pop("x"))
show("remove missing", lambda: bytearray(b"a").remove(98))
show("remove bytes", lambda: bytearray(b"a").remove(b"a"))
show("remove 256", lambda: bytearray(b"a").remove(256))
show("append 256", lambda: bytearray().append(256))
show("append str", lambda: bytearray().append("a"))
show("append bytes", lambda: bytearray().append(b"a"))
show("append none", lambda: bytearray().append())
show("append two", lambda: bytearray().append(1, 2))
show("extend int", lambda: bytearray().extend(5))
show("extend str", lambda: bytearray().extend("ab"))
show("extend 256", lambda: bytearray().extend([256]))
show("insert one", lambda: bytearray().insert(1))
show("insert 256", lambda: bytearray().insert(0, 256))
show("insert str index", lambda: bytearray().insert("a", 1))
show("clear arg", lambda: bytearray().clear(1))
show("reverse arg", lambda: bytearray().reverse(1))

def run(stmt):
    g = {"ba": bytearray(b"abcdef")}
    try:
        exec(stmt, g)
        print(stmt, "->", g["ba"])
    except Exception as e:
        print(stmt, "!!", type(e).__name__ + ":", e)

for stmt in ["ba[0] = 65", "ba[-1] = 0", "ba[0] = 256", "ba[0] = -1", "ba[0] = b'x'", "ba[0] = 'x'", "ba[0] = 1.5",
             "ba[10] = 1", "ba['x'] = 1", "ba[True] = 90",
             "ba[1:3] = b'XYZ'", "ba[1:3] = [1, 2]", "ba[1:3] = bytearray(b'')", "ba[:] = memoryview(b'xy')",
             "ba[5:1] = b'Q'", "ba[1:3] = ba", "ba[100:] = b'end'", "ba[1:3] = (x for x in b'gen')",
             "ba[1:3] = 5", "ba[1:3] = 'ab'", "ba[1:3] = [300]", "ba[1:3] = None", "ba[1:2] = [b'a']",
             "ba[::2] = b'XYZ'", "ba[::-2] = b'123'", "ba[::2] = b'XY'", "ba[::2] = [1, 2]", "ba[4:0:-2] = b'!?'",
             "del ba[0]", "del ba[-1]", "del ba[10]", "del ba['x']", "del ba[1:3]", "del ba[::2]", "del ba[::-1]",
             "del ba[5:1]", "del ba[-2:]", "del ba[1::3]"]:
    run(stmt)

ba = bytearray(b"ab")
same = ba
ba += b"cd"
ba += bytearray(b"e")
ba += memoryview(b"f")
print(ba, same is ba)
ba *= 2
print(ba, same is ba)
ba *= 0
print(ba, same is ba)
print(bytearray(b"ab") + b"c", b"c" + bytearray(b"ab"), bytearray(b"x") * 3, 2 * bytearray(b"yz"))
print(type(b"c" + bytearray(b"ab")).__name__, bytearray(b"x") + memoryview(b"y"))
def iadd_str():
    x = bytearray()
    x += "s"
show("+= str", iadd_str)
def iadd_list():
    x = bytearray()
    x += [1]
show("+= list", iadd_list)
def imul_str():
    x = bytearray()
    x *= "s"
show("*= str", imul_str)
show("+ str", lambda: bytearray(b"a") + "b")
show("* float", lambda: bytearray(b"a") * 1.5)

show("hash", lambda: hash(bytearray()))
show("dict key", lambda: {bytearray(b"k"): 1})
show("set item", lambda: {bytearray()})
print(bytearray(b"ab") == b"ab", b"ab" == bytearray(b"ab"), bytearray(b"a") != b"b", bytearray(b"a") < b"b")
print(bytearray(b"ab") == bytearray(b"ab"), bytearray() == b"", bytearray(b"a") == "a", bytearray(b"b") > bytearray(b"a"))
show("bytearray < str", lambda: bytearray(b"a") < "a")
b = bytearray(b"hello")
print(b[0], b[-1], b[1:3], b[::-1], type(b[1:2]).__name__, list(b), len(b), 104 in b, b"ell" in b)
show("index 5", lambda: b[5])
show("index str", lambda: b["a"])
it = iter(b)
b[1] = 69
print(type(it).__name__, next(it), next(it), list(it))
print(isinstance(b, bytearray), isinstance(b, bytes), type(b).__name__, bytearray.__name__, b is b, b.__len__())
