# Traceback source lines keep their trailing whitespace (only the indentation goes), and an
# expression that ends before that whitespace gets its carets although it fills the
# rest of the line.
def check(value):
    if value < 0:
        raise ValueError(f"negative: {value}")   
    return value


def total(values):
    return sum(check(v) for v in values)	


print(total([1, 2]))  
result = total([1,   
                -2])
