# KeyError with a tuple key and with an int key inside a function.
def find(grid, pos):
    return grid[pos]

grid = {(0, 0): "origin"}
print(find(grid, (0, 0)))
find(grid, (1, 2))
