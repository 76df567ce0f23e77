# User descriptors: __get__/__set__/__set_name__, data vs non-data precedence.
class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        print("Field set", self.name, value)
        setattr(obj, self.name, value)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from NonData"

class Model:
    a = Field()
    b = NonData()

m = Model()
print(m.a)
m.a = 10
print(m.a, m.__dict__)
print(m.b)
m.__dict__["b"] = "instance wins over non-data"
print(m.b)
m.__dict__["a"] = "instance loses to data descriptor"
print(m.a)
print(type(Model.a).__name__)
