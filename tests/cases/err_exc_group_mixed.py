# Mixing except and except* on one try is a SyntaxError.
print("never runs")
try:
    pass
except ValueError:
    pass
except* TypeError:
    pass
