# The methods and attributes int, float and bool have in 3.11 (and the 3.12 ones they do
# not), their special methods called directly, and sys's numeric descriptions.
import sys


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(sorted(n for n in dir(int) if not n.startswith('_')))
print(sorted(n for n in dir(float) if not n.startswith('_')))
print(sorted(n for n in dir(bool) if not n.startswith('_')))
print(hasattr(1, 'is_integer'), hasattr(int, 'is_integer'), hasattr(1.0, 'is_integer'),
      hasattr(1, '__getnewargs__'), hasattr(1.0, '__getformat__'), hasattr(1, 'bit_count'))
for f in [lambda: (1).is_integer(), lambda: (1.0).is_integer(), lambda: (1.5).is_integer(),
          lambda: float('inf').is_integer(), lambda: (5).real, lambda: (5).imag,
          lambda: (5).numerator, lambda: (5).denominator, lambda: True.real,
          lambda: True.numerator, lambda: (1.5).real, lambda: (1.5).imag,
          lambda: (2**70).real, lambda: (-7).conjugate(), lambda: True.conjugate(),
          lambda: (2.5).conjugate(), lambda: (2.5).as_integer_ratio(),
          lambda: (-0.75).as_integer_ratio(), lambda: (7).as_integer_ratio(),
          lambda: (5).__getnewargs__(), lambda: (5.5).__getnewargs__(),
          lambda: True.__getnewargs__(), lambda: float.__getformat__('double'),
          lambda: float.__getformat__('int'), lambda: (255).bit_length(), lambda: (-255).bit_count()]:
    show(f)

for f in [lambda: int.__add__('a', 1), lambda: float.__add__(1, 2), lambda: int.__add__(True, 1),
          lambda: int.__neg__(1.5), lambda: float.__round__(1), lambda: float.__eq__(1.0, 1),
          lambda: int.__eq__(1, 1.0), lambda: int.__lt__(1, 'a'), lambda: (1).__radd__(1.5),
          lambda: (1.5).__radd__(1), lambda: (2).__rtruediv__(1), lambda: (2.0).__rfloordiv__(7),
          lambda: (2.0).__rmod__(7), lambda: (7).__rlshift__(1), lambda: (7).__and__(3),
          lambda: (7).__invert__(), lambda: (7.5).__trunc__(), lambda: (7.5).__floor__(),
          lambda: (-7.5).__ceil__(), lambda: (7).__ceil__(), lambda: float.__trunc__(7),
          lambda: (7.5).__bool__(), lambda: (0).__bool__(), lambda: (7.5).__abs__(),
          lambda: (-7).__abs__(), lambda: (7).__round__(), lambda: (7.5).__round__(),
          lambda: (7.55).__round__(1), lambda: True.__add__(True), lambda: True.__and__(False),
          lambda: (3).__pow__(2, 2), lambda: (3).__rpow__(2, 2), lambda: (3.0).__pow__(2, 2),
          lambda: float('nan').__trunc__(), lambda: float('inf').__floor__(),
          lambda: (1.5).__int__(), lambda: (1.5).__float__(), lambda: (7).__index__(),
          lambda: True.__index__(), lambda: (7).__float__(), lambda: (10**400).__float__()]:
    show(f)

print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig,
      sys.float_info.mant_dig, sys.float_info.radix)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan,
      sys.hash_info.imag, sys.float_repr_style, sys.maxsize)
print(hash(sys.hash_info.modulus), hash(sys.hash_info.modulus + 5), hash(float('inf')) == sys.hash_info.inf)
