# An invalid escape sequence in a non-raw literal is a DeprecationWarning of the tokenizer:
# hidden by the default filters, recorded by catch_warnings, one per literal token (its
# first bad escape), issued before the compiler's SyntaxWarnings, and a SyntaxError
# spanning the token under an "error" filter.
import warnings

srcs = ['x = "\\d"', 'x = b"\\d"', 'x = """a\nb\\d\n"""', 'x = f"{1}\\d"',
        'x = f"{1:\\z}"', 'x = r"\\d" + rb"\\d" + fr"\\d"', 'x = "\\\\\\d\\8"',
        'x = "ok" "\\q"', "x = 'é\\w'", "x = u'\\z'", "x = b'\\N{x}\\u'",
        "x = '\\N{DIGIT ONE}\\u0041\\x41\\101\\0\\a\\b\\f\\n\\r\\t\\v\\\\\\'\\\"'",
        "x = 1 is 1; y = '\\s'", "x = '\\\ny'", "x = ('\\d', '\\e')"]
print(eval("'\\d\\y'"), len(eval("b'\\u'")))
for s in srcs:
    print(s)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(s, "<e>", "exec")
    for w in caught:
        print("  ", w.category.__name__, w.filename, w.lineno, w.message)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(s, "<e>", "exec")
            print("   no error")
        except SyntaxError as e:
            if "\n" not in s:
                print("   SyntaxError", e.msg, e.args)
            else:
                print("   SyntaxError", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

with warnings.catch_warnings(record=True) as caught:
    compile('x = "\\d"', "<e>", "exec")
    exec('y = "\\d"')
print("default filters:", len(caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.filterwarnings("always", category=DeprecationWarning, module="mod")
    compile('x = "\\d"', "mod.py", "exec")
    compile('x = "\\d"', "other.py", "exec")
print([(w.filename, str(w.message)) for w in caught])
