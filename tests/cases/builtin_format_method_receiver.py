# int/float/str/complex.__format__ check their receiver before their argument.

class I(int): pass
for e in ['int.__format__(None)', 'int.__format__("x", 1)', 'int.__format__(5, "d")', 'int.__format__(True, "d")', 'I(3).__format__("x")', 'int.__format__(I(4), "b")', 'int.__format__(5)', '(5).__format__(k=1)', 'int.__format__()', 'float.__format__(1, "")', 'str.__format__(1, "")', 'complex.__format__(1, "")']:
    try: print(e, repr(eval(e)))
    except Exception as x: print(e, type(x).__name__, x)
