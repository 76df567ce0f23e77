# An ordered map built on an AVL tree: insertion and deletion with rotations, height checks
# after every operation, in-order iteration, range queries, floor/ceiling, rank, and the
# mapping protocol (__getitem__, __setitem__, __delitem__, __contains__, __len__, __iter__).
class Node:
    __slots__ = ("key", "value", "left", "right", "height", "size")
    def __init__(self, key, value):
        self.key, self.value = key, value
        self.left = self.right = None
        self.height = self.size = 1

def h(n): return n.height if n else 0
def sz(n): return n.size if n else 0
def fix(n):
    n.height = 1 + max(h(n.left), h(n.right))
    n.size = 1 + sz(n.left) + sz(n.right)
    return n
def rotate_right(n):
    l = n.left
    n.left, l.right = l.right, n
    fix(n)
    return fix(l)
def rotate_left(n):
    r = n.right
    n.right, r.left = r.left, n
    fix(n)
    return fix(r)
def balance(n):
    fix(n)
    bf = h(n.left) - h(n.right)
    if bf > 1:
        if h(n.left.left) < h(n.left.right):
            n.left = rotate_left(n.left)
        return rotate_right(n)
    if bf < -1:
        if h(n.right.right) < h(n.right.left):
            n.right = rotate_right(n.right)
        return rotate_left(n)
    return n

class TreeMap:
    def __init__(self, pairs=()):
        self.root = None
        self.rotations_checked = 0
        for k, v in pairs:
            self[k] = v
    def __setitem__(self, key, value):
        def insert(n):
            if n is None:
                return Node(key, value)
            if key < n.key:
                n.left = insert(n.left)
            elif key > n.key:
                n.right = insert(n.right)
            else:
                n.value = value
                return n
            return balance(n)
        self.root = insert(self.root)
    def __getitem__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return n.value
            n = n.left if key < n.key else n.right
        raise KeyError(key)
    def __delitem__(self, key):
        def remove(n, key):
            if n is None:
                raise KeyError(key)
            if key < n.key:
                n.left = remove(n.left, key)
            elif key > n.key:
                n.right = remove(n.right, key)
            else:
                if not n.left or not n.right:
                    return n.left or n.right
                succ = n.right
                while succ.left:
                    succ = succ.left
                n.key, n.value = succ.key, succ.value
                n.right = remove(n.right, succ.key)
            return balance(n)
        self.root = remove(self.root, key)
    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False
    def __len__(self):
        return sz(self.root)
    def __iter__(self):
        stack, n = [], self.root
        while stack or n:
            while n:
                stack.append(n)
                n = n.left
            n = stack.pop()
            yield n.key
            n = n.right
    def items(self):
        return [(k, self[k]) for k in self]
    def range(self, lo, hi):
        return [k for k in self if lo <= k < hi]
    def floor(self, key):
        n, best = self.root, None
        while n:
            if n.key <= key:
                best, n = n.key, n.right
            else:
                n = n.left
        return best
    def ceiling(self, key):
        n, best = self.root, None
        while n:
            if n.key >= key:
                best, n = n.key, n.left
            else:
                n = n.right
        return best
    def rank(self, key):
        n, r = self.root, 0
        while n:
            if key <= n.key:
                n = n.left
            else:
                r += sz(n.left) + 1
                n = n.right
        return r
    def check(self):
        def walk(n):
            if n is None:
                return 0
            lh, rh = walk(n.left), walk(n.right)
            assert abs(lh - rh) <= 1 and n.height == 1 + max(lh, rh)
            return n.height
        return walk(self.root)

tm = TreeMap()
for i in range(1, 101):
    tm[(i * 37) % 101] = "v%d" % i
    tm.check()
print(len(tm), tm.check(), list(tm)[:10], tm[1], tm[50], 101 in tm, 3 in tm)
for k in range(3, 101, 3):
    del tm[k]
    tm.check()
print(len(tm), tm.check(), list(tm)[:10], tm.range(40, 52), tm.floor(45), tm.ceiling(45), tm.floor(-1), tm.ceiling(200))
print(tm.rank(50), tm.rank(0), tm.rank(1000), sorted(tm) == list(tm))
for bad in (lambda: tm[3], lambda: tm.__delitem__(3), lambda: tm.__delitem__(999)):
    try:
        bad()
    except KeyError as e:
        print("KeyError", e)
words = TreeMap((w, len(w)) for w in "the quick brown fox jumps over the lazy dog".split())
print(words.items(), len(words), words.range("f", "p"), words.floor("m"), words.ceiling("m"))
seq = TreeMap((i, i) for i in range(1000))
print(seq.check(), len(seq), seq.rank(500))
