# printf-style formatting with %.
print("%s is %d years" % ("Ann", 30))
print("%5s|%-5s|%05d|%.3f|%10.2f|%-8.1f|" % ("a", "b", 42, 3.14159, 2.5, 1.25))
print("%x %X %o %e %g %c %r %%" % (255, 255, 8, 1234.5, 0.00001, 65, "q"))
print("%(name)s=%(value)d" % {"name": "k", "value": 7})
print("%s" % [1, 2], "%s" % (None,), "%d" % 3.99, "%s" % "single")
print("%+d % d %i" % (5, 5, -3))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("only one",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
