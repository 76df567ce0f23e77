# pass, ellipsis bodies and empty containers.
def nothing():
    pass

class Empty:
    pass

def stub():
    ...

print(nothing(), stub(), Empty.__name__)
print(..., Ellipsis is ..., type(...).__name__)
for _ in range(2):
    pass
if True:
    pass
print("ok")
