# str.maketrans is a static method, as bytes.maketrans is.
print(type(vars(str)['maketrans']).__name__, str.maketrans('ab', 'cd'), 'x'.maketrans({'a': 'b'}), str.maketrans('a', 'b', 'c'))
for args in [(), (1,), ('a', 'bc'), ({1: 2, 'ab': 3},)]:
    try:
        print(str.maketrans(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try: str.maketrans(x=1)
except TypeError as e: print(e)
print('hello'.translate(str.maketrans('lo', '01')))
