# string.Formatter: format, vformat, parse, overridable steps and str.format's errors.
import string

F = string.Formatter()


class O:
    x = 5


for text in ["a{{b", "a}}b", "{}", "{0!r:>5}x", "x{a.b[0]:{w}}y", "{:}", "{!s}", "plain",
             "", "{{}}", "{0[}", "a{", "a}", "{0!}", "{0!rr}", "{0:{1:{2}}}", "{a[x}",
             "}}{{", "{ x }", "{0:}}", "{0]}", "{0:{}", "{a.}", "{[0]}", "{0!x}",
             "{a[}]}", "{0{}", "{a{b}c}", "{{{0}", "a{{", "{0!", "{0:", "{!}"]:
    try:
        print(repr(text), list(F.parse(text)))
    except ValueError as e:
        print(repr(text), "ValueError", e)

for text, args, kwargs in [
        ("{a.}", (), {"a": O}), ("{0[1]x}", ([1, 2],), {}), ("{0[5]x}", ([1],), {}),
        ("{}{1}", (1, 2), {}), ("{1}{}", (1, 2), {}), ("{0:{1}}", (3, 5), {}),
        ("{0:{1:{2}}}", (3, 5, 6), {}), ("{2}", (1,), {}), ("{x}", (), {}),
        ("{0!z}", (1,), {}), ("{0.x.y}", (O,), {}), ("{a[b]}", (), {"a": {"b": 3}}),
        ("{a[0]}", (), {"a": {"0": 3}}), ("{a[0]}", (), {"a": [7]}),
        ("{0[-1]}", ({"-1": 2},), {}), ("{.x}", (O,), {}), ("{00}", (1,), {}),
        ("{}", (), {}), ("{0[]}", ([1],), {}), ("{} {} {}", (1, "a", 2.5), {}),
        ("{0!r:>10} {1!s} {2!a}", ("x", 3, "é"), {}), ("{0}{}", (1, 2), {}),
        ("{0:{1}.{2}f}", (3.14159, 10, 2), {}), ("{:{}}", (5, 4), {}),
        ("{0.x:*^9}", (O,), {})]:
    try:
        print(repr(text), repr(F.vformat(text, args, kwargs)))
    except Exception as e:
        print(repr(text), type(e).__name__, e)

print(F.format("{0}-{name}", 1, name="n"))
print(F.convert_field(3, None), F.convert_field("q", "r"), F.format_field(3.5, "08.3f"))
print(F.get_value(1, ("a", "b"), {}), F.get_value("k", (), {"k": "v"}))
print(F.get_field("0.x", (O,), {}))


class Loud(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)

    def check_unused_args(self, used, args, kwargs):
        print("used", sorted(map(str, used)))


print(Loud().format("{a} {0} {zz}", "x", a="b"))
