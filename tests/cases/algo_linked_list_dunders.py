# A doubly linked list implementing the sequence protocol: indexing with negatives and slices,
# assignment, deletion, iteration both ways, membership, equality, concatenation, repr,
# in-place operators, and the mutation errors of a real sequence.
class Node:
    __slots__ = ("value", "prev", "next")
    def __init__(self, value):
        self.value, self.prev, self.next = value, None, None

class LinkedList:
    def __init__(self, items=()):
        self.head = self.tail = None
        self.size = 0
        for item in items:
            self.append(item)

    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev, self.tail.next = self.tail, node
            self.tail = node
        self.size += 1

    def appendleft(self, value):
        node = Node(value)
        if self.head is None:
            self.head = self.tail = node
        else:
            node.next, self.head.prev = self.head, node
            self.head = node
        self.size += 1

    def _node(self, index):
        if not isinstance(index, int):
            raise TypeError("LinkedList indices must be integers or slices, not %s" % type(index).__name__)
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("LinkedList index out of range")
        if index < self.size // 2:
            node = self.head
            for _ in range(index):
                node = node.next
        else:
            node = self.tail
            for _ in range(self.size - 1 - index):
                node = node.prev
        return node

    def _unlink(self, node):
        if node.prev: node.prev.next = node.next
        else: self.head = node.next
        if node.next: node.next.prev = node.prev
        else: self.tail = node.prev
        self.size -= 1

    def __len__(self): return self.size
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __reversed__(self):
        node = self.tail
        while node:
            yield node.value
            node = node.prev
    def __getitem__(self, key):
        if isinstance(key, slice):
            return LinkedList(list(self)[key])
        return self._node(key).value
    def __setitem__(self, key, value):
        self._node(key).value = value
    def __delitem__(self, key):
        if isinstance(key, slice):
            doomed = [self._node(i) for i in range(*key.indices(self.size))]
            for node in doomed:
                self._unlink(node)
        else:
            self._unlink(self._node(key))
    def __contains__(self, value):
        return any(v == value for v in self)
    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))
    def __add__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return LinkedList([*self, *other])
    def __iadd__(self, other):
        for v in other:
            self.append(v)
        return self
    def __mul__(self, n):
        return LinkedList(list(self) * n)
    __rmul__ = __mul__
    def __bool__(self):
        return self.size > 0
    def __repr__(self):
        return "LinkedList([%s])" % ", ".join(map(repr, self))
    def pop(self, index=-1):
        if not self.size:
            raise IndexError("pop from empty LinkedList")
        node = self._node(index)
        self._unlink(node)
        return node.value

ll = LinkedList(range(1, 6))
ll.appendleft(0)
print(ll, len(ll), ll[0], ll[-1], ll[2], ll[1:4], ll[::-2], list(reversed(ll)))
ll[1] = "one"
ll[-1] *= 10
del ll[0]
print(ll, 3 in ll, 99 in ll, bool(ll), bool(LinkedList()))
del ll[::2]
print(ll, ll.pop(), ll.pop(0), ll)
combined = LinkedList("ab") + LinkedList("cd")
alias = combined
combined += "ef"
print(combined, alias is combined, 2 * LinkedList([1]), LinkedList([1, 2]) * 2)
print(LinkedList([1, 2]) == LinkedList([1, 2]), LinkedList([1]) == [1], LinkedList() == LinkedList(), sorted(LinkedList([3, 1, 2])))
for bad in (lambda: ll[10], lambda: ll["x"], lambda: LinkedList().pop(), lambda: LinkedList([1]) + [2], lambda: ll.__setitem__(5, 0)):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
big = LinkedList(range(1000))
del big[10:990]
print(len(big), list(big), sum(LinkedList(range(101))), max(LinkedList("hello")))
a, b, *rest = LinkedList("xyzw")
print(a, b, rest, [v * 2 for v in LinkedList([1, 2, 3]) if v != 2], dict(zip(LinkedList("ab"), LinkedList([1, 2]))))
