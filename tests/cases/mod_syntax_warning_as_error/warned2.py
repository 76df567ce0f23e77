x = 0
print("warned2 runs", x is ())
