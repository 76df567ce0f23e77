# Exceptions with no message print only the type name.
print("raising bare ValueError")
raise ValueError
