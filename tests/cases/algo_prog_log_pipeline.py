"""Log processing pipeline built from generators: parse, filter, window, aggregate, report."""
import time
import io
import sys
from collections import Counter, defaultdict, deque, namedtuple
from functools import reduce
from contextlib import contextmanager, suppress, ExitStack, redirect_stdout, closing

RAW_LOG = """\
2023-03-01T12:00:00Z INFO  web  GET /index.html 200 512 0.012
2023-03-01T12:00:01Z INFO  web  GET /about 200 1024 0.020
2023-03-01T12:00:01Z WARN  auth login failed user=bob attempts=3
2023-03-01T12:00:03Z INFO  web  POST /api/items 201 64 0.110
garbage line without structure
2023-03-01T12:00:04Z ERROR db   timeout after 5.000s query="SELECT * FROM t"
2023-03-01T12:00:05Z INFO  web  GET /index.html 304 0 0.002
2023-03-01T12:00:07Z INFO  web  GET /missing 404 128 0.004
2023-03-01T12:00:09Z ERROR web  GET /api/items 500 32 1.500
2023-03-01T12:01:10Z INFO  web  GET /index.html 200 512 0.011
2023-03-01T12:01:11Z DEBUG cache hit ratio=0.93
2023-03-01T12:01:12Z WARN  auth login failed user=eve attempts=7
2023-02-30T12:01:13Z INFO  web  GET /bad-date 200 1 0.001
2023-03-01T12:01:15Z INFO  web  DELETE /api/items/3 204 0 0.090
"""

Entry = namedtuple("Entry", "ts level source message")
Request = namedtuple("Request", "ts method path status size secs")


def read_lines(stream):
    for lineno, line in enumerate(stream, 1):
        line = line.rstrip("\n")
        if line:
            yield lineno, line


def parse(lines, errors):
    for lineno, line in lines:
        parts = line.split(None, 3)
        if len(parts) < 4:
            errors.append((lineno, "too few fields"))
            continue
        stamp, level, source, message = parts
        try:
            ts = time.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ")
        except ValueError as e:
            errors.append((lineno, str(e)))
            continue
        yield Entry(ts, level, source, message)


def only(levels):
    wanted = set(levels)

    def stage(entries):
        return (e for e in entries if e.level in wanted)
    stage.__name__ = f"only_{'_'.join(levels)}"
    return stage


def requests(entries, sink):
    for e in entries:
        if e.source == "web":
            method, path, status, size, secs = e.message.split()
            yield Request(e.ts, method, path, int(status), int(size), float(secs))
        else:
            sink.append(e)


def windowed(items, size):
    window = deque(maxlen=size)
    for item in items:
        window.append(item)
        yield tuple(window)


def tee_count(items, counter, key):
    for item in items:
        counter[key(item)] += 1
        yield item


def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return total, count
        total += value
        count += 1
        avg = total / count


def pipeline(source, *stages):
    return reduce(lambda acc, st: st(acc), stages, source)


@contextmanager
def report(title, out):
    out.write(f"### {title}\n")
    yield out
    out.write(f"### end {title}\n")


def kv_pairs(message):
    pairs = {}
    for token in message.split():
        key, sep, value = token.partition("=")
        if sep:
            with suppress(ValueError):
                value = int(value)
            pairs[key] = value
    return pairs


def main():
    errors, others = [], []
    level_counts = Counter()
    stream = io.StringIO(RAW_LOG)
    entries = pipeline(read_lines(stream), lambda ls: parse(ls, errors),
                       lambda es: tee_count(es, level_counts, lambda e: e.level),
                       only(["INFO", "WARN", "ERROR"]))
    reqs = list(requests(entries, others))
    print("levels:", sorted(level_counts.items()))
    print("parse errors:")
    for lineno, msg in errors:
        print(f"  line {lineno:>2}: {msg}")
    print("non-web:", [(e.source, kv_pairs(e.message)) for e in others])
    buf = io.StringIO()
    with ExitStack() as stack:
        out = stack.enter_context(report("requests", buf))
        stack.callback(lambda: buf.write("(callback ran)\n"))
        for r in reqs:
            stamp = time.strftime("%H:%M:%S", r.ts)
            out.write(f"{stamp} {r.method:<6} {r.path:<16} {r.status:>3} {r.size:>5}B {r.secs * 1000:8.1f}ms\n")
    print(buf.getvalue(), end="")
    by_status = defaultdict(list)
    for r in reqs:
        by_status[r.status // 100].append(r.path)
    print({f"{k}xx": v for k, v in sorted(by_status.items())})
    avg = averager()
    next(avg)
    running = [round(avg.send(r.secs), 4) for r in reqs]
    print("running avg:", running)
    try:
        avg.send(None)
    except StopIteration as stop:
        total, count = stop.value
        print(f"total {total:.3f}s over {count} requests")
    slow = [w for w in windowed(reqs, 3) if sum(r.secs for r in w) > 0.1]
    print("slow windows:", [[r.path for r in w] for w in slow])
    minutes = Counter(time.strftime("%Y-%m-%d %H:%M", r.ts) for r in reqs)
    for minute, n in sorted(minutes.items()):
        print(f"  {minute} {'#' * n} {n}")
    first, last = reqs[0].ts, reqs[-1].ts
    span = time.mktime(last) - time.mktime(first) if False else (
        (last.tm_hour * 3600 + last.tm_min * 60 + last.tm_sec) - (first.tm_hour * 3600 + first.tm_min * 60 + first.tm_sec))
    print("span seconds:", span, "weekday:", time.strftime("%A %j %b", first), first.tm_yday, first.tm_wday)
    print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)), time.gmtime(0)[:6], time.asctime(time.gmtime(1e9)))
    with redirect_stdout(io.StringIO()) as captured:
        print("this goes to the buffer")
        print(len(reqs), "requests")
    print("captured:", captured.getvalue().splitlines())

    class Resource:
        def __init__(self, name):
            self.name = name

        def close(self):
            print("closing", self.name)

    with closing(Resource("conn")) as r:
        print("using", r.name)
    statuses = Counter(r.status for r in reqs)
    print(statuses.most_common(), sum(statuses.values()), statuses[999])
    paths = Counter(r.path for r in reqs)
    paths.subtract({"/index.html": 1})
    print(sorted(paths.items(), key=lambda kv: (-kv[1], kv[0]))[:3], +paths == paths)
    sizes = sorted(reqs, key=lambda r: (-r.size, r.path))
    print([f"{r.path}:{r.size}" for r in sizes[:4]])


main()
