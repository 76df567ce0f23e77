# A TypeError from calling a function with the wrong arguments.
def area(width, height):
    return width * height

print(area(2, 3))
print(area(2))
