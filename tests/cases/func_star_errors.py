def f(*a, **k): pass
class C: pass
for s in ['f(1,*5)', 'f(*5)', 'f(*[1],*5)', 'f(**5)', 'f(x=1, **5)', 'f(**{}, **5)', 'len(*5)', 'print(**5)', '(lambda: 0)(*5)', 'f(*5, x=1)', 'C(*5)', 'int(**5)', 'f(*(x for x in 1))']:
    try: eval(s)
    except TypeError as e: print(s, '->', e)
