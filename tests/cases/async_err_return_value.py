# An async generator may not return a value.
async def numbers():
    yield 1
    yield 2
    return 3
