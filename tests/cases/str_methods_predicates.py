# isdigit, isalpha, isalnum, isspace, isupper, islower, istitle, isidentifier, isdecimal, isnumeric.
samples = ["123", "12.3", "abc", "abc123", "", " \t\n", "ABC", "abc", "Title Case", "_id1", "1id", "²", "Ⅻ", "é"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.istitle(), s.isidentifier(), s.isdecimal(), s.isnumeric(), s.isascii(), s.isprintable())
