# with statement calls __enter__ and __exit__, binds the result of __enter__.
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc)
        return False

with Res("a") as value:
    print("inside with", value)
print("after")

with Res("b"):
    print("no as target")

def early():
    with Res("c"):
        return "returned from with"
print(early())

for i in range(3):
    with Res(str(i)):
        if i == 1:
            break
print("loop done")
