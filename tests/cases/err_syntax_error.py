# A syntax error: nothing runs, CPython reports file, line, caret and message.
print("this line is never executed")
x = 1
if x == 1
    print("missing colon")
