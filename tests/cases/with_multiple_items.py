# Several context managers in one with statement: entered left to right, exited in reverse.
class CM:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self
    def __exit__(self, *exc):
        self.log.append("exit " + self.name)

log = []
with CM("a", log) as a, CM("b", log) as b, CM("c", log):
    log.append("body " + a.name + b.name)
print(log)

log = []
with (CM("x", log) as x,
      CM("y", log) as y):
    log.append("parenthesised")
print(log)

class Failing:
    def __enter__(self):
        raise RuntimeError("cannot enter")
    def __exit__(self, *a):
        print("never called")

log = []
try:
    with CM("first", log), Failing():
        log.append("unreachable")
except RuntimeError as e:
    print("caught", e, log)
