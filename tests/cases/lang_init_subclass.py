registry = []
class Plugin:
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        registry.append(cls.plugin_name)

class Alpha(Plugin):
    pass
class Beta(Plugin, name="bee"):
    pass
class Gamma(Beta):
    pass
print(registry)
print(Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)



class Base:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__, cls.__mro__[1].__name__)
class X(Base):
    pass
class Y(X):
    pass

print(type(Base.__dict__["__init_subclass__"]).__name__)

class Counted:
    subclasses = 0
    def __init_subclass__(cls, **kw):
        Counted.subclasses += 1
class A1(Counted): pass
class A2(Counted): pass
class A3(A1, A2): pass
print(Counted.subclasses)
print(sorted(c.__name__ for c in Counted.__subclasses__()))
print([c.__name__ for c in A1.__subclasses__()])
