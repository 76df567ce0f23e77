# A failing assert without a message.
items = [1, 2, 3]
assert len(items) == 3
print("first assert passed")
assert len(items) == 4
