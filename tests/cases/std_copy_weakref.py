# copy.copy and copy.deepcopy return a weak reference itself, as CPython's copy module
# treats weakref.ref as atomic; an object holding one deep-copies without error.
import copy
import weakref


class Parent:
    def __init__(self, name):
        self.name = name
        self.children = []


class Child:
    def __init__(self, parent, label):
        self.parent_ref = weakref.ref(parent)
        self.label = label
        parent.children.append(self)


p = Parent("root")
a = Child(p, "a")
r = weakref.ref(p)
print(copy.copy(r) is r, copy.deepcopy(r) is r, copy.deepcopy([r, r])[0] is r)
a2 = copy.deepcopy(a)
print(a2 is a, a2.label, a2.parent_ref is a.parent_ref, a2.parent_ref().name)
memo = {}
both = copy.deepcopy({"ref": r, "child": a}, memo)
print(both["ref"] is r, both["child"].parent_ref() is p, both["child"] is not a)


del p
print(r(), a2.parent_ref())
