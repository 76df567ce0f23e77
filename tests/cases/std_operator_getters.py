# operator.itemgetter / attrgetter (dotted) / methodcaller: results, reprs and errors.
import operator as op

rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 4.25)]
print(sorted(rows, key=op.itemgetter(1)))
print(sorted(rows, key=op.itemgetter(0)))
print(list(map(op.itemgetter(2, 0), rows)))
print(op.itemgetter(slice(1, None))("hello"))
print(op.itemgetter("k")({"k": 5}))
print(repr(op.itemgetter(1, "a")), repr(op.itemgetter(0)))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def scaled(self, k, offset=0):
        return Point(self.x * k + offset, self.y * k + offset)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Line:
    def __init__(self, a, b):
        self.start = a
        self.end = b


line = Line(Point(1, 2), Point(3, 4))
print(op.attrgetter("start")(line))
print(op.attrgetter("start.x", "end.y")(line))
print(op.attrgetter("end.x")(line))
print(sorted([Point(3, 1), Point(1, 2)], key=op.attrgetter("x")))
print(repr(op.attrgetter("a.b", "c")), repr(op.attrgetter("x")))

print(op.methodcaller("scaled", 2)(Point(1, 1)))
print(op.methodcaller("scaled", 2, offset=1)(Point(1, 1)))
print(op.methodcaller("upper")("abc"), op.methodcaller("split", ",")("a,b"))
print(repr(op.methodcaller("m", 1, k=2)), repr(op.methodcaller("m")))


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(op.itemgetter)
attempt(op.attrgetter)
attempt(op.attrgetter, 1)
attempt(op.methodcaller)
attempt(op.methodcaller, 1)
attempt(op.attrgetter("real.zz"), 3)
attempt(op.attrgetter("start.z"), line)
attempt(op.itemgetter(5), [1])
attempt(op.itemgetter("q"), {})
attempt(op.methodcaller("nope"), 1)
