# Equality between values of different types.
print(1 == 1.0, 1 == True, 0 == False, 1 == "1", "1" == 1, None == 0, None == False)
print([1, 2] == (1, 2), [1] == [1.0], (1,) == (True,), {1: "a"} == {1.0: "a"})
print({1, 2} == frozenset({1, 2}), set() == {}, "" == b"", b"a" == "a")
print(1 != 1.0, 2 ** 60 == 2.0 ** 60, 0.1 + 0.2 != 0.3)
print(range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2])
print(float("inf") == float("inf"), -0.0 == 0.0, 10 ** 400 == float("inf"))
print({"a": [1, {2}]} == {"a": [1, {2}]}, [[1], [2]] != [[1], [3]])
