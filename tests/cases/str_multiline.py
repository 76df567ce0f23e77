# Triple-quoted strings, implicit concatenation, line continuation.
text = """first line
  indented second
third "with quotes" and 'single'"""
print(text)
print(len(text.splitlines()))
s = ("implicit "
     "concatenation "
     'of literals')
print(s)
t = '''single
quotes'''
print(t)
long_expr = 1 + \
    2 + \
    3
print(long_expr)
doc = """
    leading newline kept
"""
print(repr(doc))
print("""a\
b""")
