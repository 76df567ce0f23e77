# An uncaught NameError for an undefined name.
def compute():
    return undefined_variable_xyz * 2

print("computing")
compute()
