# A SyntaxError raised by the program (not the compiler) prints its own location: file,
# line, source text and caret from its attributes, then its msg.
def parse(line):
    if "=" not in line:
        raise SyntaxError("expected '='", ("config.ini", 3, 5, "name value\n", 3, 10))
    return line.split("=")
print(parse("a=1"))
try:
    parse("oops")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), str(e))
parse("broken line")
