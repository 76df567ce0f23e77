# An uncaught IndexError from a nested subscript.
matrix = [[1, 2], [3, 4]]
print(matrix[1][1])
print(matrix[2][0])
