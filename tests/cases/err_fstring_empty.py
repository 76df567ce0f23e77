# An f-string field without an expression: CPython 3.11 reports it at the token after the
# string (here the closing parenthesis), and nothing runs.
print("never printed")
name = "tote"
greeting = f"hello {name}"
print(f"value: {} and {name}")
