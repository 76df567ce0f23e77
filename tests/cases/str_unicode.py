# Unicode strings: length in code points, indexing, iteration, case.
s = "naïve café 日本 😀"
print(s, len(s), s[2], s[-1], s[11:13])
print([c for c in "añ😀"])
print(s.upper(), s.title())
print("😀".encode("utf-8"), len("😀".encode("utf-8")), len("😀".encode("utf-16-le")))
print("ÄÖÜ".lower(), "straße".upper(), "ﬁ".upper())
print(sorted(["é", "e", "z", "a", "É"]))
print("日本" * 2, "本" in "日本", "日本".find("本"), "x日y".split("日"))
print(ord("😀"), hex(ord("😀")), chr(128512))
print("é".isalpha(), "٣".isdigit(), "Ⅷ".isnumeric(), " ".isspace(), "\u3000".isspace())
print(f"{'日本':>6}|{'é':^5}|")
