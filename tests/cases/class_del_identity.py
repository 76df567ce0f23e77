# __del__ sees the instance it finalizes: the same id() and default hash as before, so
# registries keyed by id or hash find it; a resurrected instance keeps them too.
registry = {}
hashes = {}


class Tracked:
    def __init__(self, name):
        self.name = name
        registry[id(self)] = name
        hashes[hash(self)] = name

    def __del__(self):
        print("del", self.name, registry.pop(id(self), "MISSING"), hashes.pop(hash(self), "MISSING"))


a = Tracked("a")
b = Tracked("b")
del a
print("after a:", sorted(registry.values()), sorted(hashes.values()))
b = None
print("after b:", len(registry), len(hashes))

saved = []


class Phoenix:
    def __del__(self):
        saved.append((self, id(self), hash(self)))


p = Phoenix()
before = (id(p), hash(p), repr(p) == object.__repr__(p))
del p
obj, seen_id, seen_hash = saved[0]
print(before[:2] == (seen_id, seen_hash), id(obj) == seen_id, hash(obj) == seen_hash, before[2])
others = [Tracked(str(i)) for i in range(5)]
print(len({id(o) for o in others} | {id(obj)}), len(registry))
others.clear()
print(len(registry), len(hashes))
