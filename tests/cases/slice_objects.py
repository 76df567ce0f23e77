# slice objects: attributes, indices(), use in subscripts, __getitem__ receives them.
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None, None, -1))
data = list(range(10))
print(data[s], "abcdefghij"[s], data[slice(None, None, -1)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
class Spy:
    def __getitem__(self, key):
        return key
sp = Spy()
print(sp[1], sp[1:2], sp[::3], sp[1:2, 3], sp[...], sp[:, None])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
every_other = slice(None, None, 2)
print([1, 2, 3, 4, 5][every_other], (9, 8, 7)[every_other])
