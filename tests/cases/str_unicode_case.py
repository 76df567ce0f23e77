# Unicode case mappings: title case of digraphs and ligatures, special casing that grows
# the text, the final sigma, case folding, and the case predicates.
words = ["ǅ", "ǆa", "ǄA", "ß", "ﬁ", "ﬃx", "İ", "ŉ", "ǰ", "ΐ", "ẞ", "ς", "µ", "ſ",
         "Σ", "ΑΣ", "ΑΣ Α", "ΑΣΑ", "aΣ", "Σa", "ΣΑΣ.ΣΑΣ", "ᾳ", "ᾼ", "ᾷ", "ǲǳ", "ǅǅ",
         "ꭰ", "Ꭰ", "ı", "Ⓐⓑ", "ǈubljana", "ᏸ", "ა", "Ა"]
for w in words:
    print(ascii(w), ascii(w.upper()), ascii(w.lower()), ascii(w.title()),
          ascii(w.capitalize()), ascii(w.swapcase()), ascii(w.casefold()))
for w in words:
    print(ascii(w), w.istitle(), w.isupper(), w.islower(), len(w.upper()), len(w.lower()))
print("hello wORLD".title(), "they're bill's".title(), "a1b2 c3".title(), "中a".title())
print("ǆemal ǈubljana".title(), "ǅemal".capitalize(), "ǲe".istitle(), "ǲE".istitle())
print("STRASSE".casefold() == "straße".casefold(), "ﬀ".casefold(), "ﬀ".upper())
print("İstanbul".lower(), len("İ".lower()), "İ".casefold() == "i̇")
print("ΌΣΟΣ".lower(), "ΌΣΟΣ".title(), "σΣ".swapcase(), "ΣΣ".lower(), "Σ!".lower())
print("ΑΣ'Α".lower(), "ΑΣ.".lower(), "ΑΣ1".lower(), "1Σ".lower())
print("".title(), "".capitalize(), "123".isupper(), "A1".isupper(), "a1".islower())
print("Ab Cd".istitle(), "Ab cd".istitle(), "AB".istitle(), "1A".istitle(), "ᾼ".istitle())
