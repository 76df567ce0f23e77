# A slot wrapper bound to an object is a method-wrapper; other bound builtin methods are
# builtin_function_or_method. Their names, receivers, equality and hashing.


def attempt(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


m = (1).__add__
attempt("type add", lambda: type(m).__name__)
attempt("type init", lambda: type(object().__init__).__name__)
attempt("repr", lambda: repr(m).split(" at ")[0])
attempt("self", lambda: m.__self__)
attempt("name", lambda: m.__name__)
attempt("qualname", lambda: m.__qualname__)
attempt("objclass", lambda: m.__objclass__)
attempt("module", lambda: m.__module__)
attempt("call", lambda: m(2))
attempt("call bad", lambda: m("x"))
attempt("eq", lambda: m == (1).__add__)
attempt("ne other self", lambda: m == (2).__add__)
attempt("ne other name", lambda: m == (1).__sub__)
attempt("hash", lambda: hash(m) == hash((1).__add__))
attempt("as key", lambda: {m: "add"}[(1).__add__])

a = []
attempt("append", lambda: type(a.append).__name__)
attempt("append self", lambda: a.append.__self__ is a)
attempt("len", lambda: type(a.__len__).__name__)
attempt("len self", lambda: a.__len__.__self__ is a)
attempt("getitem", lambda: type(a.__getitem__).__name__)
attempt("contains", lambda: type({}.__contains__).__name__)
attempt("str", lambda: type("a".__str__).__name__)
attempt("hash slot", lambda: type((1).__hash__).__name__)
attempt("repr slot", lambda: type(object().__repr__).__name__)
attempt("reduce_ex", lambda: type(object().__reduce_ex__).__name__)
attempt("unbound", lambda: type(int.__add__).__name__)
attempt("bound by get", lambda: type(int.__add__.__get__(1)).__name__)
attempt("get result", lambda: int.__add__.__get__(1)(5))
attempt("get None", lambda: int.__add__.__get__(None, int) is int.__add__)
attempt("get wrong", lambda: int.__add__.__get__("x"))
attempt("method get", lambda: str.upper.__get__("ab")())
attempt("method get wrong", lambda: str.upper.__get__(3))
attempt("append eq", lambda: a.append == a.append)
attempt("append hash", lambda: hash(a.append) == hash(a.append))
attempt("append other", lambda: a.append == [].append)


class A:
    def method(self):
        return 1


x = A()
attempt("user init", lambda: type(x.__init__).__name__)
attempt("user eq", lambda: type(x.__eq__).__name__)
attempt("user dir", lambda: type(x.__dir__).__name__)
attempt("user format", lambda: type(x.__format__).__name__)
attempt("class init", lambda: type(A.__init__).__name__)
attempt("init repr", lambda: repr(x.__init__).split(" at ")[0])
attempt("init objclass", lambda: x.__init__.__objclass__)
attempt("init self", lambda: x.__init__.__self__ is x)
attempt("bound eq", lambda: x.method == x.method)
attempt("bound hash", lambda: hash(x.method) == hash(x.method))
attempt("bound other", lambda: x.method == A().method)
attempt("new type", lambda: type(int.__new__).__name__)
attempt("classmethod", lambda: type(dict.fromkeys).__name__)
