# Generators as pipelines; generator functions with local state.
def read_lines():
    for line in ["10", "x", "20", "", "30"]:
        yield line

def non_empty(lines):
    for l in lines:
        if l:
            yield l

def to_int(lines):
    for l in lines:
        try:
            yield int(l)
        except ValueError:
            print("skip", repr(l))

def running_total(nums):
    t = 0
    for n in nums:
        t += n
        yield t

print(list(running_total(to_int(non_empty(read_lines())))))

def windows(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(windows(range(6), 3)))

def gen_in_class():
    class Tree:
        def __init__(self, v, kids=()):
            self.v, self.kids = v, kids
        def __iter__(self):
            yield self.v
            for k in self.kids:
                yield from k
    return Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(gen_in_class()))
