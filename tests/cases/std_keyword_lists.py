# keyword: kwlist, softkwlist, iskeyword, issoftkeyword.
import keyword

print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), sorted(keyword.__all__))
for word in ["if", "None", "none", "match", "case", "_", "print", "async", "await",
             "nonlocal", "", "True", "type"]:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(all(keyword.iskeyword(w) for w in keyword.kwlist))
print(any(keyword.iskeyword(w) for w in keyword.softkwlist))
print(keyword.kwlist == sorted(keyword.kwlist), keyword.iskeyword(5))
try:
    keyword.iskeyword([])
except TypeError as e:
    print("TypeError", e)
idents = ["class_", "def", "lambda", "x"]
print([w + "_" if keyword.iskeyword(w) else w for w in idents])
