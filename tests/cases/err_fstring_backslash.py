# Before Python 3.12 an f-string expression may not contain a backslash.
print("never printed")
words = ["a", "b"]
print(f"{'\n'.join(words)}")
