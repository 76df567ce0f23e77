# 'return' outside a function is a compile-time SyntaxError.
print("never")
x = 1
return x
