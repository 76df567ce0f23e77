# A bound str.format takes a ** mapping whose keys are not all str (its fields only ever
# name str keys); the descriptor and every other callable refuse such keys.


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


class S(str):
    pass


class Mapping:
    def keys(self):
        return [1, "a"]

    def __getitem__(self, k):
        return "v" + str(k)


def f(**kw):
    return kw


show("'{}'.format(**{1: 2})", lambda: "{}".format(**{1: 2}))
show("'{0}'.format(**{1: 2})", lambda: "{0}".format(**{1: 2}))
show("'{1}'.format(**{1: 2})", lambda: "{1}".format(**{1: 2}))
show("'{a}'.format(**{1: 2, 'a': 3})", lambda: "{a}".format(**{1: 2, "a": 3}))
show("'{x}'.format(**{1: 2})", lambda: "{x}".format(**{1: 2}))
show("'x'.format(5, **{(1, 2): 2})", lambda: "x".format(5, **{(1, 2): 2}))
show("'{}'.format(*[1], **{1: 2})", lambda: "{}".format(*[1], **{1: 2}))
show("'{a}'.format(**Mapping())", lambda: "{a}".format(**Mapping()))
show("S('{}!').format(7, **{1: 2})", lambda: S("{}!").format(7, **{1: 2}))
m = "x{0}".format
show("m = 'x{0}'.format; m(4, **{1: 2})", lambda: m(4, **{1: 2}))
show("'x'.format_map({1: 2})", lambda: "x".format_map({1: 2}))
print("-- refused elsewhere")
show("str.format('x', **{1: 2})", lambda: str.format("x", **{1: 2}))
show("dict(**{1: 2})", lambda: dict(**{1: 2}))
show("len(**{1: 2})", lambda: len(**{1: 2}))
show("'x'.split(**{1: 2})", lambda: "x".split(**{1: 2}))
show("''.join(**{1: 2})", lambda: "".join(**{1: 2}))
show("b'x'.decode(**{1: 2})", lambda: b"x".decode(**{1: 2}))
show("f(**{1: 2})", lambda: f(**{1: 2}))
show("f(**Mapping())", lambda: f(**Mapping()))
show("print(**{1: 2})", lambda: print(**{1: 2}))
