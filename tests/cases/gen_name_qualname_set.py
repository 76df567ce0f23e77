# __name__ and __qualname__ of generators, coroutines and async generators are writable
# getset descriptors.
def g(): yield 1
async def c(): pass
async def ag(): yield 1
for obj in [g(), c(), ag()]:
    T = type(obj)
    print(T.__name__, type(T.__dict__['__name__']).__name__, T.__dict__['__qualname__'])
    print(obj.__name__, obj.__qualname__)
    obj.__name__ = 'renamed'
    obj.__qualname__ = 'Q.renamed'
    print(obj.__name__, obj.__qualname__, repr(obj).split(' at ')[0])
    for bad in [lambda: setattr(obj, '__name__', 3), lambda: delattr(obj, '__qualname__')]:
        try:
            bad()
        except TypeError as e:
            print('TypeError', e)
    if hasattr(obj, 'close'):
        obj.close()
