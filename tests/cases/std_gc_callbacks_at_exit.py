# gc.callbacks still registered at exit: the collection at shutdown calls them while the
# program's globals are still there, and none fails later for lack of them.
import gc
import time

stamps = {}
totals = [0, 0, 0]


def timer(phase, info):
    if phase == "start":
        stamps["start"] = time.perf_counter()
    else:
        totals[info["generation"]] += 1


gc.callbacks.append(timer)


class Node:
    def __init__(self, i):
        self.i = i
        self.items = [i]


nodes = [Node(i) for i in range(5000)]
print(len(nodes), sum(totals) > 0)
