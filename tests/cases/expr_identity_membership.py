# is / is not and in / not in across container types.
a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a is not c, None is None, type(None) is type(None))
x = None
print(x is None, x is not None, x == None)
print(2 in [1, 2], 2 in (1, 2), 2 in {2}, 2 in {2: "v"}, "v" in {2: "v"}, 2 in range(3))
print("ell" in "hello", "" in "", "a" not in "bcd", b"b" in b"abc")
nan = float("nan")
print(nan in [nan], nan == nan, [nan] == [nan])
class Always:
    def __eq__(self, other):
        return True
print(Always() in [1], 5 in [Always()])
print([] in [[]], () in [[]], {1: 2}.items() == {(1, 2)}, (1, 2) in {1: 2}.items())
print(True in [1], 1.0 in {1}, 0 in [False])
