# time: gmtime/localtime/mktime round trips, time.struct_time (fields, indexing, repr,
# comparison, construction), asctime/ctime, and the zone description's types.
import time

t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff)
print(len(t), t[0], t[-1], t[:3], t[::4], tuple(t), list(t)[6:])
print(t.n_sequence_fields, t.n_fields, t.n_unnamed_fields, type(t).__name__, time.struct_time)
y, mo, *rest = t
print(y, mo, rest, 1970 in t, t.count(0), t.index(1))
print(t == tuple(t), t == time.gmtime(0), t != time.gmtime(1), t < time.gmtime(1), hash(t) == hash(tuple(t)))
print({t: "epoch"}[time.gmtime(0)], sorted([time.gmtime(86400), time.gmtime(5)])[0].tm_sec)
for secs in [1, 86399, 86400 * 366 + 3723, 951782400, 1234567890, 2 ** 31, -1, -1.5, 1.99, 10 ** 10, -86400 * 365 * 3000]:
    g = time.gmtime(secs)
    print(secs, tuple(g), g.tm_zone, time.asctime(g))
print(time.gmtime(True)[:6], time.gmtime(None).tm_year >= 2024, time.localtime().tm_year >= 2024)

now = int(time.time())
for secs in [0, 1000000, 1600000000, now]:
    lt = time.localtime(secs)
    print(time.mktime(lt) == secs, lt.tm_isdst in (0, 1), type(lt.tm_zone).__name__, type(lt.tm_gmtoff).__name__,
          time.ctime(secs) == time.asctime(lt))
print(time.mktime(time.localtime(now + 0.75)) == now, type(time.mktime(time.localtime())).__name__)
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1), type(time.tzname).__name__, len(time.tzname))

s = time.struct_time((2020, 2, 29, 13, 45, 30, 5, 60, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s = time.struct_time([2020, 2, 29, 13, 45, 30, 5, 60, 0, "CET", 3600])
print(s, s.tm_zone, s.tm_gmtoff, time.asctime(s))
print(time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime((12345, 12, 31, 23, 59, 59, 6, 365, 0)))
print(time.asctime((2020, 0, 0, 0, 0, 0, 0, 0, -5)))


def attempt(label, fn, *args):
    try:
        print(label, repr(fn(*args)))
    except (TypeError, ValueError, OverflowError, OSError, AttributeError, IndexError) as e:
        print(label, type(e).__name__, e)


attempt("struct_time short", time.struct_time, (1, 2))
attempt("struct_time long", time.struct_time, tuple(range(12)))
attempt("struct_time int", time.struct_time, 5)
attempt("setattr", setattr, t, "tm_year", 5)
attempt("setattr other", setattr, t, "other", 5)
attempt("index", t.__getitem__, 9)
attempt("gmtime str", time.gmtime, "x")
attempt("gmtime nan", time.gmtime, float("nan"))
attempt("gmtime huge float", time.gmtime, 1e30)
attempt("gmtime huge int", time.gmtime, 2 ** 63)
attempt("gmtime year overflow", time.gmtime, 10 ** 18)
attempt("gmtime two", time.gmtime, 1, 2)
attempt("localtime str", time.localtime, "x")
attempt("ctime str", time.ctime, "x")
attempt("mktime int", time.mktime, 1)
attempt("mktime short", time.mktime, (1, 2, 3))
attempt("mktime str item", time.mktime, (2020, 1, 1, 0, 0, "x", 0, 1, 0))
attempt("mktime float item", time.mktime, (2020, 1, 1, 0, 0, 1.5, 0, 1, 0))
attempt("asctime month", time.asctime, (2020, 13, 1, 0, 0, 0, 0, 1, 0))
attempt("asctime day", time.asctime, (2020, 1, 32, 0, 0, 0, 0, 1, 0))
attempt("asctime hour", time.asctime, (2020, 1, 1, 24, 0, 0, 0, 1, 0))
attempt("asctime weekday", time.asctime, (2020, 1, 1, 0, 0, 0, -2, 1, 0))
attempt("asctime yday", time.asctime, (2020, 1, 1, 0, 0, 0, 0, 367, 0))
attempt("asctime str", time.asctime, "abc")
attempt("asctime big", time.asctime, (2 ** 40, 1, 1, 0, 0, 0, 0, 1, 0))
