# singledispatch registers a function for every class of a union (3.11): as the
# register() argument or as the annotation of the first parameter.
import functools
from collections.abc import Mapping, Sequence


@functools.singledispatch
def show(x):
    return f"default {type(x).__name__}"


@show.register
def _(x: int | float):
    return f"number {x}"


@show.register(str | bytes)
def _(x):
    return f"text {x!r}"


def seq_or_map(x):
    return f"container of {len(x)}"


show.register(Sequence | Mapping, seq_or_map)

print(show(1), show(2.5), show(True), show("s"), show(b"b"), show([1, 2]), show({"k": 1}), show(None))
print(sorted(k.__name__ for k in show.registry if k is not object))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(tuple).__name__)

for bad in [int | list[int], list[int]]:
    try:
        show.register(bad, seq_or_map)
    except TypeError as e:
        print("TypeError:", e)


def annotated(x: int | list[int]):
    return x


try:
    show.register(annotated)
except TypeError as e:
    print("TypeError:", e)


class Shape:
    @functools.singledispatchmethod
    def scale(self, factor):
        return f"generic {factor}"

    @scale.register
    def _(self, factor: int | float):
        return f"numeric scale {factor}"


print(Shape().scale(2), Shape().scale(0.5), Shape().scale("x"))
