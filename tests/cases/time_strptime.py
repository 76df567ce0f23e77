# time.strptime: the directives of the C locale, case-insensitive names, whitespace,
# 12-hour clock, two-digit years, day of year and week numbers, ISO weeks, %z/%Z, the
# defaults, and CPython's error messages.
import time

cases = [
    ("2020-03-04 05:06:07", "%Y-%m-%d %H:%M:%S"),
    ("Mon Jan  1 00:00:00 2020",),
    ("Tue Feb 10 00:00:00 1970", "%c"),
    ("01/02/20", "%x"),
    ("12:30:59", "%X"),
    ("12 pm", "%I %p"), ("12 am", "%I %p"), ("3 PM", "%I %p"), ("3", "%I"), ("pm 1", "%p %I"),
    ("1.5", "%S.%f"), ("7.123456", "%S.%f"),
    ("69", "%y"), ("68", "%y"), ("00", "%y"),
    ("100", "%j"), ("2020 100", "%Y %j"), ("2020 366", "%Y %j"), ("1900 366", "%Y %j"),
    ("March", "%B"), ("mar", "%b"), ("TUESDAY", "%A"), ("tue", "%a"), ("2020 tue", "%Y %a"),
    ("2020   01", "%Y %m"), ("2020\t\n01", "%Y %m"), ("202001", "%Y%m"), ("2020-1-5", "%Y-%m-%d"),
    ("3112", "%d%m"), ("1231", "%m%d"), ("123", "%H%M"), (" 5", "%d"),
    ("%", "%%"), ("a.b(c)", "a.b(c)"), ("T12", "t%H"), ("caf\u00c9", "caf\u00e9"),
    ("23:59:60", "%H:%M:%S"), ("23:59:61", "%H:%M:%S"),
    ("2020 10 1", "%Y %U %w"), ("2020 10 1", "%Y %W %w"), ("2020 0 0", "%Y %U %w"),
    ("2021 0 0", "%Y %W %w"), ("2021 0 1", "%Y %W %w"), ("2020 10", "%Y %U"), ("2020 3", "%Y %w"),
    ("2020-W01-1", "%G-W%V-%u"), ("2020-W53-7", "%G-W%V-%u"), ("2015 1 Monday", "%G %V %A"),
    ("29 2", "%d %m"), ("2020-02-29", "%Y-%m-%d"), ("0001", "%Y"),
    ("+0130", "%z"), ("-01:30", "%z"), ("Z", "%z"), ("+05:30:15.5", "%z"),
    ("2020-01-01T10:00:00.123+0100", "%Y-%m-%dT%H:%M:%S.%f%z"),
    ("UTC", "%Z"), ("gmt", "%Z"),
]
for c in cases:
    r = time.strptime(*c)
    print(repr(c[0]), r, r.tm_zone, r.tm_gmtoff)


def attempt(*args):
    try:
        print(repr(args), time.strptime(*args))
    except (ValueError, TypeError) as e:
        print(repr(args), type(e).__name__, e)


attempt("x", "%Y")
attempt("2020x", "%Y")
attempt("", "%b")
attempt("2020", "%Q")
attempt("2020", "%Y %")
attempt("2020", "%")
attempt("2020", "%.")
attempt("2020", "% ")
attempt("1/2/20", "%D")
attempt("19", "%C")
attempt("1", "%e")
attempt("  2020", "%Y")
attempt("2020", " %Y")
attempt("2020", "%Y\n")
attempt("2020-13-5", "%Y-%m-%d")
attempt("2020-02-30", "%Y-%m-%d")
attempt("0000", "%Y")
attempt("9999 366", "%Y %j")
attempt("123456789", "%f")
attempt("99999", "%Y")
attempt("15", "%H %p")
attempt("+05", "%z")
attempt("+0530:1", "%z")
attempt("+05:3015", "%z")
attempt("z", "%z")
attempt("QQQ", "%Z")
attempt("2020", "%G")
attempt("2020 53", "%G %V")
attempt("2020 53 1", "%Y %V %u")
attempt("2020 1 100", "%G %u %j")
attempt("1", "%V")
attempt(1, "%Y")
attempt("1", 1)
attempt("")
