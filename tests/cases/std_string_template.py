# string: constants, capwords, Template.substitute/safe_substitute and their errors.
import string

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), repr(string.punctuation))
print(repr(string.printable), len(string.printable))
print(sorted(string.__all__))

print(string.capwords("  hello   world  "), string.capwords("a-b-c", "-"))
print(string.capwords("aBC dEF\tghi"), repr(string.capwords("")))
print(string.capwords("x--y", "-"))

T = string.Template
values = dict(who="tim", what="kung pao", _x9=1, WHO=2, x=3)
for text in ["$who likes $what", "${who}x", "$$5", "abc $", "a $1", "${ x}", "${x",
             "line1\nab$ c", "$who $WHO", "$_x9 $9", "${}", "x$", "$who$what",
             "$é", "${who}${what}$$$who", "$missing and ${what}"]:
    t = T(text)
    for fn in (t.substitute, t.safe_substitute):
        try:
            print(repr(text), fn.__name__, repr(fn(**values)))
        except (KeyError, ValueError) as e:
            print(repr(text), fn.__name__, type(e).__name__, e)
    print("  ids", t.get_identifiers(), "valid", t.is_valid())

print(T("$a $b").substitute({"a": 1, "b": 2}, b=3))
print(T("$a $b").safe_substitute({"a": 1}))
print(T("x").template)
try:
    T("$a").substitute({"a": 1}, {"b": 2})
except TypeError as e:
    print("TypeError", e)
try:
    T("$a").substitute()
except KeyError as e:
    print("KeyError", e)
try:
    T("$a").substitute({"b": 1}, c=2)
except KeyError as e:
    print("KeyError", e)


class Percent(T):
    delimiter = "%"


print(Percent("%x and $x and %%").substitute(x=1))
print(Percent("%{x}y %z").safe_substitute(x=1))
