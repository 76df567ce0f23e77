class E:
    def __init__(self, v, lst=None): self.v = v; self.lst = lst
    def __eq__(self, o):
        if self.lst is not None:
            self.lst.append(E(99))
            self.lst.pop(0)
        return self.v == o
l = [1, 2, 3]
print(2 in l, 5 in l, [1] in [[1]])
x = float('nan'); print(x in [x])
lst = []
lst.extend([E(1, lst), E(2, lst), E(3, lst)])
print(99 in lst, len(lst))
m = [E(5)]
print(5 in m, 6 in m)
class Bad:
    def __eq__(self, o): raise ValueError("no")
try:
    print(1 in [Bad()])
except ValueError as e:
    print("err", e)
