# Mutation through aliases, shallow copies and nested lists.
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = grid
shallow = grid[:]
shallow[0] = ["replaced"]
shallow[1][0] = "shared"
print(grid)
print(shallow)
deep = [row[:] for row in grid]
deep[2][2] = "deep only"
print(grid[2], deep[2])
def modify(lst):
    lst.append("appended in function")
    lst = ["rebound"]
    return lst
orig = [1]
print(modify(orig), orig)
a = [1, 2, 3]
for item in a[:]:
    if item == 2:
        a.remove(item)
print(a)
b = [1, 2, 3, 4]
print([b.pop() for _ in range(2)], b)
