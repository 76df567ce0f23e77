# NameError.name is a member stored in the exception state (e.__dict__ stays empty),
# and the traceback's 'Did you mean' suggestion still reads it.
try: undefined_thing
except NameError as e: print(e.__dict__, e.name, type(NameError.__dict__['name']).__name__, vars(e))
e = NameError('m', name='q'); print(e.name, e.__dict__)
e = NameError('m'); print(e.name); e.name = 'z'; print(e.name, e.__dict__); del e.name; print(e.name)
def f():
    x
    x = 1
try: f()
except NameError as e: print(type(e).__name__, e.name, e.__dict__)
class E(NameError):
    def __init__(self): super().__init__('boom', name='nm'); self.extra = 1
e = E(); print(e.name, e.__dict__)
try: prnt('x')
except NameError as e: print(e, '|', e.name)
lenn([])
