# Insertion order is kept across deletes and re-inserts; updating a value keeps its position.
d = {}
for k in "abcde":
    d[k] = ord(k)
del d["b"]
d["b"] = 0
d["a"] = "updated"
print(d)
print(list(d.keys()), list(d.values()))
for k in list(d):
    if k in "ce":
        del d[k]
print(d)
d.update({"z": 1, "a": 2})
print(d)
d2 = dict(sorted(d.items(), key=lambda kv: str(kv[1])))
print(d2)
print(d == d2, list(d) == list(d2))
e = dict.fromkeys(range(10))
for i in range(0, 10, 3):
    e.pop(i)
e[0] = "back"
print(list(e))
