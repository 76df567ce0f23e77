# CPython 3.11 adds "Did you mean" to uncaught NameErrors with a close match.
length = 10
print("ok so far")
print(lenght)
