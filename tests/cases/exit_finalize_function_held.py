# At exit, objects that only functions and classes hold (function attributes, defaults,
# class attributes, closures) are finalized too, after the instances bound to globals.
class R:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "sees global", COUNTER)


COUNTER = "still here"
a = R("a")


def f():
    pass


f.attr = R("func-attr")


class K:
    c = R("class-attr")

    def method(self):
        return self


def make():
    held = R("closure")

    def inner():
        return held

    return inner


inner = make()
b = R("b")
print("end")
