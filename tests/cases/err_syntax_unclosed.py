# An unclosed bracket is reported at the opening bracket.
print("never")
values = [1, 2,
          3, 4
total = sum(values)
