# Class decorators receive and return the class.
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls

def add_greeting(greeting):
    def deco(cls):
        def greet(self):
            return greeting + ", I am " + self.name
        cls.greet = greet
        return cls
    return deco

@register
@add_greeting("Hi")
class Person:
    def __init__(self, name):
        self.name = name

print(sorted(registry), Person("Ann").greet())

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self, v):
        print("creating Config")
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v)
