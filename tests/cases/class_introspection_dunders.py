# __dict__, __class__, __name__, __qualname__, __module__, __doc__, __bases__, __subclasses__().
class Outer:
    """Outer docstring."""
    shared = [1]
    class Inner:
        class Deepest:
            def where(self):
                return self.where.__qualname__
    def method(self):
        def local():
            pass
        return local

print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.Deepest().where(), Outer().method().__qualname__, Outer.method.__qualname__)
print(Outer.Inner.__doc__, Outer.method.__doc__, Outer.method.__module__)
print(sorted(k for k in Outer.__dict__ if not k.startswith("__")))
print([k for k in ("__module__", "__doc__", "__dict__", "__weakref__", "__qualname__") if k in Outer.__dict__])

o = Outer()
print(o.__dict__, o.__class__ is Outer, type(o).__name__)
o.__dict__["added"] = 5
print(o.added, vars(o))
o.__dict__ = {"replaced": True}
print(vars(o), hasattr(o, "added"))
try:
    o.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)

# changing __class__ of an instance
class Cat:
    def speak(self):
        return "meow"
class Dog:
    def speak(self):
        return "woof"
pet = Cat()
print(pet.speak())
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Cat))
try:
    pet.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)

# renaming a class
class Original:
    pass
Original.__name__ = "Renamed"
Original.__qualname__ = "Somewhere.Renamed"
print(Original.__name__, Original.__qualname__, repr(Original).endswith("Somewhere.Renamed'>"))
try:
    Original.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)

# __bases__ / __base__ / __subclasses__ / __mro__
class Root: pass
class Left(Root): pass
class Right(Root): pass
class Bottom(Left, Right): pass
print([c.__name__ for c in Root.__subclasses__()], Left.__subclasses__()[0].__name__)
print(Bottom.__bases__ == (Left, Right), Bottom.__base__ is Left, Root.__bases__, object.__bases__)
print(Root.__base__ is object, object.__base__, [c.__name__ for c in Bottom.__mro__])
print(int.__subclasses__()[0].__name__, bool.__bases__, type.__base__)

# __doc__ on functions, lambdas, and instances
def documented():
    """Function doc.

    More lines."""
print(documented.__doc__.splitlines()[0], (lambda: 0).__doc__, Outer().__doc__)
class NoDoc:
    pass
print(NoDoc.__doc__, NoDoc.__dict__.get("__doc__", "absent"))
def fdoc(): pass
fdoc.__doc__ = "set later"
print(fdoc.__doc__)

# __module__ of builtins and functions
print(int.__module__, len.__module__, documented.__module__, type(None).__name__)
print(int.__qualname__, dict.fromkeys.__qualname__, str.join.__qualname__, Outer.Inner.__module__)

# __class__ of everything is type at the top
print(type(5).__class__.__name__, type.__class__.__name__, (1).__class__.__name__, None.__class__.__name__)
print(Outer.__class__ is type, Outer.__dict__["method"].__name__, Outer.__dict__["shared"] is Outer.shared)
