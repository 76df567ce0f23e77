# memoryview.cast(format, shape=None) binds its arguments as CPython's argument parser does.

m = memoryview(b'ab')
for e in ['m.cast()', 'm.cast(1,2,3)', 'm.cast("B", format="B")', 'm.cast(format=1)', 'm.cast("B", shape=1)', 'm.cast(shape=[2])', 'm.cast(k=1, j=2)', 'm.cast("B", [2], 3)', 'm.cast("B", [1,2], k=1)', 'm.cast(k=1)', 'm.cast(1, k=1)', 'm.cast("B", shape=[2]).tolist()', 'm.cast(format="c").tolist()']:
    try: print(e, eval(e))
    except Exception as x: print(e, type(x).__name__, x)
