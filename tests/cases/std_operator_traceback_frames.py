# operator's functions and getters are C code in CPython: an error passing through them
# shows no frame of theirs in a traceback, and messages name the getter classes
# module-qualified.
import operator

for getter in [operator.itemgetter(1), operator.attrgetter("a"), operator.methodcaller("m")]:
    try:
        getter.missing
    except AttributeError as e:
        print(e)
    try:
        getter()
    except TypeError as e:
        print(e)
try:
    operator.add(1, "a")
except TypeError as e:
    print(e, e.__traceback__.tb_next)
print(sorted([{"k": 2}, {"k": 1}], key=operator.itemgetter("k")))
records = [{"name": "a", "size": 3}, {"name": "b"}]
print(sorted(records, key=operator.itemgetter("size")))
