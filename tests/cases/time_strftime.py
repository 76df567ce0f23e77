# time.strftime: every conversion of the C locale on fixed dates, the GNU flags and
# widths, unknown conversions, %z/%Z from struct_time or a plain tuple, and the checks on
# the time tuple.
import time

epoch = time.gmtime(0)
d = time.gmtime(86400 * 40 + 3600 * 15 + 61)
tup = (2020, 1, 1, 3, 0, 0, 2, 1, 0)
print(time.strftime("%Y-%m-%d %H:%M:%S", epoch))
print(time.strftime("%a %A %b %B %h %c | %x | %X | %D | %F | %T | %R | %r", d))
print(time.strftime("%C %d %e %g %G %H %I %j %k %l %m %M %p %P %S %u %U %V %w %W %y %Y", d))
print(time.strftime("%z %Z | %n | %t | %%", epoch).replace("\n", "\\n").replace("\t", "\\t"))
print(time.strftime("plain text, no directives"), repr(time.strftime("")))
for f in ["%-d", "%_d", "%05d", "%-5d", "%_5d", "%1d", "%3j", "%-j", "%_5j", "%^a", "%#b", "%10A",
          "%-10p", "%010p", "%#p", "%^P", "%#Z", "%5Z", "%05Z", "%6z", "%-6z", "%_6z", "%06z",
          "%^c", "%#c", "%-12D", "%012F", "%10T", "%5%", "%05%", "%Q", "%10Q", "%E", "%O", "%5E",
          "%Ey", "%EY", "%Od", "%Oe", "%OY", "%Ex", "%Ox", "%Ea", "%Ob", "%E_d", "%+Y", "%q",
          "%", "100%", "%4Y", "%-5Y", "%3C", "%_3y", "%-3V"]:
    print(repr(f), repr(time.strftime(f, tup)))
for year in [-1000, -101, -5, 0, 5, 99, 105, 999, 2020, 99999]:
    print(year, time.strftime("%Y|%4Y|%C|%y|%G|%g|%F", (year, 1, 1, 0, 0, 0, 0, 1, 0)))
for t in [(2021, 1, 1, 0, 0, 0, 4, 1, 0), (2020, 12, 31, 0, 0, 0, 3, 366, 0),
          (2019, 12, 30, 0, 0, 0, 0, 364, 0), (2016, 1, 3, 0, 0, 0, 6, 3, 0),
          (2015, 12, 31, 0, 0, 0, 3, 365, 0), (2010, 1, 4, 0, 0, 0, 0, 4, 0)]:
    print(t[:3], time.strftime("%G-W%V-%u %g %U %W %j %a", t))
print(time.strftime("%I %l %p", (2020, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("%I %l %p", (2020, 1, 1, 12, 0, 0, 0, 1, 0)),
      time.strftime("%I %l %p", (2020, 1, 1, 23, 0, 0, 0, 1, 0)))
# zero means "the lowest valid value"
print(time.strftime("%Y %m %d %j", (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
# tm_zone and tm_gmtoff come from a struct_time, not from a plain tuple
zoned = time.struct_time((2020, 6, 1, 12, 0, 0, 0, 153, 1, "XYZ", -16200))
print(time.strftime("%Z %z", zoned), time.strftime("%z", (2020, 6, 1, 12, 0, 0, 0, 153, 0)),
      repr(time.strftime("%Z|%z", (2020, 6, 1, 12, 0, 0, 0, 153, -1))))
print(time.strftime("%Z %z", time.struct_time((2020, 6, 1, 12, 0, 0, 0, 153, 0, "ABC", 19800))))
print(time.strftime("caf\u00e9 %Y \u20ac", epoch))
print(type(time.strftime("%Y")).__name__, len(time.strftime("%Y")) == 4)


def attempt(label, *args):
    try:
        print(label, repr(time.strftime(*args)))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)


attempt("month 13", "%m", (2020, 13, 1, 0, 0, 0, 0, 1, 0))
attempt("day 32", "%d", (2020, 1, 32, 0, 0, 0, 0, 1, 0))
attempt("hour 24", "%H", (2020, 1, 1, 24, 0, 0, 0, 1, 0))
attempt("minute 60", "%M", (2020, 1, 1, 0, 60, 0, 0, 1, 0))
attempt("second 61", "%S", (2020, 1, 1, 0, 0, 61, 0, 1, 0))
attempt("second 62", "%S", (2020, 1, 1, 0, 0, 62, 0, 1, 0))
attempt("weekday -1", "%a", (2020, 1, 1, 0, 0, 0, -1, 1, 0))
attempt("weekday -2", "%a", (2020, 1, 1, 0, 0, 0, -2, 1, 0))
attempt("weekday 7", "%a", (2020, 1, 1, 0, 0, 0, 7, 1, 0))
attempt("yday 367", "%j", (2020, 1, 1, 0, 0, 0, 0, 367, 0))
attempt("isdst 5", "%Y", (2020, 1, 1, 0, 0, 0, 0, 1, 5))
attempt("short tuple", "%Y", (1, 2, 3))
attempt("not a tuple", "%Y", "abc")
attempt("list", "%Y", [2020, 1, 1, 0, 0, 0, 0, 1, 0])
attempt("str item", "%Y", (2020, "1", 1, 0, 0, 0, 0, 1, 0))
attempt("format int", 1)
attempt("nul", "a\0b")
attempt("no args")
attempt("three args", "%Y", epoch, 1)
