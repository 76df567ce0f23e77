# find, rfind, index, count, replace, startswith, endswith.
s = "the cat sat on the mat"
print(s.find("at"), s.rfind("at"), s.find("dog"), s.find("at", 6), s.find("at", 6, 8))
print(s.index("sat"), s.count("at"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.replace("at", "og"), s.replace("at", "og", 1), s.replace("", "|")[:12])
print(s.startswith("the"), s.startswith("cat", 4), s.endswith("mat"), s.endswith(("x", "at")))
print(s.startswith(("a", "t")), "".startswith(""), "abc".endswith(""))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
print("abc".find(""), "abc".rfind(""), "abc".find("c", -1))
print("Hello"[::-1].replace("l", "L"))
