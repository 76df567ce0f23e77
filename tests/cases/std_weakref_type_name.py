# weakref.ref is a C type in CPython: messages name it weakref.ReferenceType.
import weakref


class Node:
    pass


node = Node()
r = weakref.ref(node)
try:
    r.missing
except AttributeError as e:
    print(e)
try:
    len(r)
except TypeError as e:
    print(e)
print(type(r).__name__, type(r).__qualname__, type(r).__module__, r() is node)


class Sub(weakref.ref):
    pass


try:
    Sub(node).missing
except AttributeError as e:
    print(e)
