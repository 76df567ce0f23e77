# deque, OrderedDict and defaultdict are C types in CPython: an error raised inside one
# of their methods shows no frame of theirs in the traceback.
from collections import OrderedDict, defaultdict, deque

jobs = deque(["build", "test"], maxlen=3)
jobs.append("deploy")
jobs.appendleft("fetch")
print(jobs, jobs.popleft(), jobs.pop(), len(jobs))
try:
    deque().popleft()
except IndexError as e:
    print("IndexError", e)
try:
    jobs.remove("nope")
except ValueError as e:
    print("ValueError", e)
try:
    jobs[10]
except IndexError as e:
    print("IndexError", e)
od = OrderedDict.fromkeys("abc")
od.move_to_end("a")
print(list(od), od.popitem(last=False))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
dd = defaultdict(list)
dd["x"].append(1)
print(dict(dd))


def schedule(queue, wanted):
    return queue.index(wanted)


print(schedule(jobs, "build"))
schedule(jobs, "release")
