# Class attributes are shared; instance attributes shadow them.
class Dog:
    species = "canis"
    tricks = []

    def __init__(self, name):
        self.name = name

    def add_trick(self, t):
        self.tricks.append(t)

a = Dog("rex")
b = Dog("fido")
print(a.species, b.species, Dog.species)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "dog"
print(a.species, b.species)
del a.species
print(a.species)
a.add_trick("sit")
b.add_trick("roll")
print(a.tricks, b.tricks is a.tricks)
print("name" in a.__dict__, "species" in a.__dict__, "species" in Dog.__dict__)

class Counter:
    created = 0
    def __init__(self):
        Counter.created += 1
        self.id = Counter.created
cs = [Counter() for _ in range(3)]
print(Counter.created, [c.id for c in cs])
