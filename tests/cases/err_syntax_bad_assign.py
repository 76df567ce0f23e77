# Assigning to a literal is a SyntaxError.
print("never")
1 = x
