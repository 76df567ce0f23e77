# assert passes silently or raises AssertionError with an optional message.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("caught", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("caught:", e)
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(5))
try:
    check(-3)
except AssertionError as e:
    print("caught:", e)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
