# classmethod wrapping a descriptor (3.9-3.12): @classmethod @property is a class-level
# property; a wrapped object with __get__ is asked with (cls, cls); other callables bind.
class Callable:
    def __call__(self, *a): return ("called", len(a))
class CM:
    @classmethod
    @property
    def name(cls): return cls.__name__ + "!"
    @classmethod
    @property
    def maker(cls): return lambda: cls.__name__.lower()
    wrapped_callable = classmethod(Callable())
    twice = classmethod(classmethod(lambda c: c))
    @classmethod
    def normal(cls, x=1): return (cls.__name__, x)
class Sub(CM):
    @classmethod
    @property
    def name(cls): return "sub:" + super().name
print(CM.name, CM().name, Sub.name, Sub().name, CM.maker(), Sub.maker())
print(CM.wrapped_callable(), CM().wrapped_callable(1))
try:
    print(CM.twice())
except TypeError as e:
    print("TypeError", e)
print(CM.normal(), Sub().normal(5), CM.__dict__["name"].__get__(None, Sub), type(CM.__dict__["normal"].__get__(None, Sub)).__name__)
print(getattr(Sub, "name"), [CM.name for _ in range(2)])
