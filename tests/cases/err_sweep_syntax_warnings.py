# The compiler's SyntaxWarnings for code that compiles but is likely wrong, printed before
# the module runs (and by exec/eval/compile of a string), each occurrence on its own.
x = 1
print(x is 1, x is not 'a', x is None, x is ..., x is True, x is -1, x is ())
print(x is (x, 1), x is b'', x is 1.5, x is 1 + 1, 1 is x is 2, x == 1)
assert (x, 'always true')


def calls():
    for thunk in [lambda: (1, 2)(3), lambda: [1](2), lambda: None(), lambda: f'{x}'(),
                  lambda: {1: 2}(), lambda: 5[0], lambda: True[0], lambda: {1, 2}[0],
                  lambda: (lambda: 1)[0], lambda: 'abc'['a'], lambda: [1, 2][1.5],
                  lambda: (1, 2)[(0, 1)], lambda: f'{x}'[None]]:
        try:
            thunk()
        except TypeError as e:
            print('TypeError', e)
    print('abc'[0], 'abc'[x], [1][0:1], {'a': 1}['a'], (1,)[False], b'ab'[x])


calls()
exec('y = 1\nprint("exec", y is 5)')
print('eval', eval('x is 2'))
code = compile('z = 3 is 3', 'made.py', 'exec')
print('compiled')
exec(code)
exec(code)
print('done', z)
