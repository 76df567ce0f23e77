# nonlocal at module level is a compile-time SyntaxError.
print("never")
nonlocal x
