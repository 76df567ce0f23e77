# A job scheduler built on collections: a bounded deque of recent runs, a priority
# OrderedDict used as an LRU, Counter statistics, defaultdict grouping, namedtuple jobs,
# ChainMap settings. It ends on an uncaught deque error, whose traceback (as in CPython,
# where deque is C) shows no frame inside the deque.
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

Job = namedtuple("Job", "name owner cost", defaults=[1])
defaults = {"workers": 2, "retries": 1, "log": "info"}
settings = ChainMap({"workers": 3}, defaults)
print(settings["workers"], settings["retries"], sorted(settings), settings.new_child({"log": "debug"})["log"])

jobs = [Job("build", "ann", 5), Job("test", "bob", 3), Job("lint", "ann"), Job("docs", "cy", 2),
        Job("deploy", "bob", 8), Job("bench", "ann", 4)]
pending = deque(jobs)
recent = deque(maxlen=3)
by_owner = defaultdict(list)
cost = Counter()
tick = 0
while pending:
    job = pending.popleft()
    tick += job.cost
    recent.append(job.name)
    by_owner[job.owner].append(job.name)
    cost[job.owner] += job.cost
    if job.name == "test" and settings["retries"]:
        settings["retries"] -= 1
        pending.appendleft(job._replace(name="test-retry", cost=1))
    print(f"t={tick:>2} ran {job.name:<10} owner={job.owner:<3} recent={list(recent)}")
print(dict(by_owner), cost.most_common(2), cost.total(), +cost == cost)
print(recent, recent.maxlen, recent.count("bench"), recent.index("bench"))
recent.rotate(1)
print(recent, list(reversed(recent)))


class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
        if len(self) > self.cap:
            evicted = next(iter(self))
            del self[evicted]
            print("  evict", evicted)


cache = LRU(2)
for name in ["build", "test", "build", "docs", "lint"]:
    if name in cache:
        print("  hit", name, cache[name])
    else:
        cache[name] = len(name)
print(cache, list(cache.keys()))
try:
    cache["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    cache.move_to_end("nope")
except KeyError as e:
    print("KeyError", e)
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
try:
    Job("x")
except TypeError as e:
    print("TypeError", e)


def next_job(queue):
    return queue.popleft()


print(next_job(deque(jobs[:1])))
next_job(pending)
