# Python 3.11 ends an f-string at the first matching quote, even inside a field.
print("never printed")
d = {"k": 1}
print(f"{d["k"]}")
