# int and float methods called through the class on a value of another type, and on
# subclass instances (which answer with plain int/float values).
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class MI(int):
    pass


class MF(float):
    pass


show(lambda: float.__float__(2))
show(lambda: float.is_integer(1))
show(lambda: float.as_integer_ratio(1))
show(lambda: int.__index__('a'))
show(lambda: int.__int__(1.5))
show(lambda: int.__float__('a'))
show(lambda: int.conjugate('a'))
show(lambda: int.as_integer_ratio(1.5))
show(lambda: int.__add__(1.5, 1))
show(lambda: float.__neg__(1))
show(lambda: float.hex(1))
show(lambda: MI(5).__index__())
show(lambda: type(MI(5).__index__()).__name__)
show(lambda: MI(5).conjugate())
show(lambda: type(MI(3).__int__()).__name__)
show(lambda: MI(7).as_integer_ratio())
show(lambda: MF(2.5).is_integer())
show(lambda: MF(2.5).__float__())
show(lambda: type(MF(3).__float__()).__name__)
show(lambda: MF(2.0).as_integer_ratio())
show(lambda: True.__index__())
show(lambda: True.conjugate())
show(lambda: True.as_integer_ratio())
show(lambda: int.__float__(True))
show(lambda: (2**70).__float__())
show(lambda: (2**1024).__float__())
show(lambda: float.is_integer(float('inf')))
show(lambda: float.fromhex())
show(lambda: float.fromhex('1', '2'))
show(lambda: float.fromhex(string='1'))
show(lambda: float.fromhex(1))
