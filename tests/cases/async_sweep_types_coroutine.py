# Generator-based coroutines made with types.coroutine, awaited from native coroutines that
# are driven by hand; CoroutineType and AsyncGeneratorType.
import types


def show(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)


@types.coroutine
def suspend(tag):
    got = yield ('suspended', tag)
    return ('resumed', got)


async def native():
    a = await suspend(1)
    b = await suspend(2)
    return a, b


c = native()
show(lambda: c.send(None))
show(lambda: c.send('x'))
show(lambda: c.send('y'))
c = native()
c.send(None)
show(lambda: c.throw(ValueError('into the generator')))
c = native()
c.send(None)
show(lambda: c.close())
print(suspend.__name__, suspend.__qualname__)


async def already():
    return 5


show(lambda: types.coroutine(already) is already)
show(lambda: types.coroutine(5))


@types.coroutine
def via_iter():
    yield 'a'
    yield 'b'
    return 'done'


async def drive():
    return await via_iter()


d = drive()
show(lambda: [d.send(None), d.send(None)])
show(lambda: d.send(None))
print(types.CoroutineType.__name__)
print(types.AsyncGeneratorType.__name__)


async def agen():
    yield 1


g = agen()
print(isinstance(g, types.AsyncGeneratorType))
co = already()
print(isinstance(co, types.CoroutineType))
co.close()
