# time: the clocks (types, units, ordering of two readings), sleep and its errors.
import time

t1 = time.time()
n1 = time.time_ns()
print(type(t1).__name__, type(n1).__name__, t1 > 1.6e9, n1 > 1.6e18, abs(n1 / 1e9 - t1) < 5)
for name in ["monotonic", "perf_counter", "process_time", "thread_time"]:
    f = getattr(time, name)
    g = getattr(time, name + "_ns")
    a, b = f(), f()
    c, d = g(), g()
    print(name, type(a).__name__, type(c).__name__, a <= b, c <= d, a >= 0, c >= 0)
m0 = time.monotonic()
p0 = time.perf_counter_ns()
time.sleep(0.02)
time.sleep(0)
time.sleep(False)
m1 = time.monotonic()
p1 = time.perf_counter_ns()
print(m1 - m0 >= 0.015, p1 - p0 >= 15_000_000)
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__, type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID)


def attempt(label, fn, *args):
    try:
        print(label, repr(fn(*args)))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)


attempt("sleep negative", time.sleep, -1)
attempt("sleep negative float", time.sleep, -0.5)
attempt("sleep nan", time.sleep, float("nan"))
attempt("sleep str", time.sleep, "1")
attempt("sleep none", time.sleep, None)
attempt("sleep huge", time.sleep, 2 ** 80)
attempt("sleep no args", time.sleep)
attempt("time arg", time.time, 1)
attempt("monotonic arg", time.monotonic, 1)
attempt("clock_gettime none", time.clock_gettime)
