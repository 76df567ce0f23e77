# compile() flags and modes, __import__ argument errors, exec/eval namespaces.
def show(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)


show(lambda: compile('pass', 'f', 'exec', flags=2**40))
show(lambda: compile('pass', 'f', 'exec', flags=-2**40))
show(lambda: compile('pass', 'f', 'exec', flags=0x99999999))
show(lambda: compile('pass', 'f', 'exec', flags=-1))
show(lambda: compile('pass', 'f', 'exec', flags=1.0))
show(lambda: compile('pass', 'f', 'exec', optimize=5))
show(lambda: compile('1', 'f', 'bad'))
show(lambda: compile('x = 1', 'f', 'eval'))
show(lambda: compile('1\n2', 'f', 'single'))
show(lambda: compile('a', 'fname', 'eval').co_filename)
show(lambda: compile(b'a', b'bname', 'eval').co_filename)
show(lambda: compile(5, 'f', 'exec'))
show(lambda: compile('\0', 'f', 'exec'))
show(lambda: exec(compile('for i in range(2): i', 'f', 'single')))
show(lambda: eval(compile('1', 'f', 'exec')))
show(lambda: exec(compile('2', 'f', 'eval')))
show(lambda: __import__(5))
show(lambda: __import__(b'sys'))
show(lambda: __import__(None))
show(lambda: __import__(name=5))
show(lambda: __import__(''))
show(lambda: __import__('sys', level=-1))
show(lambda: __import__('sys').maxsize > 0)
show(lambda: __import__('nonexistent_module_xyz'))
g = {'x': 5}
show(lambda: eval('x + 1', g))
show(lambda: '__builtins__' in g)
show(lambda: eval('x', {}, {'x': 7}))
show(lambda: eval('[x for y in range(1)]', {'x': 1}, {'x': 2}))
show(lambda: eval('1', []))
show(lambda: eval('1', {}, 5))
show(lambda: exec('1', {}, 5))
show(lambda: eval(5))
show(lambda: eval('x = 1'))
show(lambda: eval('  1 + 1  \n'))
show(lambda: eval(b'2*3'))
ns = {}
show(lambda: exec('def f(): return z\nz = 9', ns))
show(lambda: ns['f']())
show(lambda: exec('return 1'))
show(lambda: exec('yield 1'))
show(lambda: exec('await x'))


def scoped():
    z = 10
    exec('z = 20')
    return z, eval('z + 1')


show(scoped)
