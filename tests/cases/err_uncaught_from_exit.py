# A context manager whose __exit__ raises while an exception is propagating: the traceback
# shows both, joined by "During handling of the above exception".
class Transaction:
    def __init__(self, name):
        self.name = name
        self.ops = []
    def __enter__(self):
        print("begin", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        if exc_type is not None:
            self.rollback()
        return False
    def rollback(self):
        for op in reversed(self.ops):
            print("undo", op)
        raise RuntimeError("rollback of %s failed after %d ops" % (self.name, len(self.ops)))

with Transaction("ok") as t:
    t.ops.append("insert 1")
print("committed", t.ops)

with Transaction("bad") as t:
    t.ops.append("insert 2")
    t.ops.append("update 3")
    raise ValueError("constraint violated")
