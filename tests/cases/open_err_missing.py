# An uncaught FileNotFoundError from open() ends the program with CPython's traceback.
def load(name):
    with open(name) as f:
        return f.read()


print("loading")
load("missing_config.ini")
