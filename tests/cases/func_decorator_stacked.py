# Stacked decorators apply bottom-up and run top-down.
def deco(label):
    def wrap(fn):
        print("apply", label)
        def inner():
            print("enter", label)
            r = fn()
            print("exit", label)
            return r
        return inner
    return wrap

@deco("outer")
@deco("middle")
@deco("inner")
def work():
    print("working")
    return 42

print("result", work())
