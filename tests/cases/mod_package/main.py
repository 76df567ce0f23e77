# A package with __init__.py re-exporting names from its submodules.
import shapes
from shapes import circle
from shapes.square import Square
import shapes.circle as c2

print(shapes.VERSION)
print(shapes.describe_all())
print(circle.area(1.0), c2 is circle)
print(Square(3).area(), shapes.Square is Square)
print(shapes.circle.NAME, shapes.square.NAME)
print(sorted(n for n in dir(shapes) if not n.startswith("_")))
