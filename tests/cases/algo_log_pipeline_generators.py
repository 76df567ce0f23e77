# A log-analysis pipeline built from generator stages like a CLI tool: parsing lines with
# error recovery, filtering by level and time window, sessionising per user, sliding-window
# rates, and a final report; each stage is lazy and counts what it processed.
RAW = """2024-03-01T10:00:01 INFO  user=ann action=login ms=120
2024-03-01T10:00:03 DEBUG user=ann action=heartbeat ms=2
2024-03-01T10:00:05 WARN  user=bob action=login ms=950
garbage line without structure
2024-03-01T10:00:09 INFO  user=ann action=search ms=340 q=python
2024-03-01T10:01:15 ERROR user=bob action=checkout ms=2300 code=502
2024-03-01T10:01:20 INFO  user=cid action=login ms=88
2024-03-01T10:01:21 INFO  user=bob action=checkout ms=410
2024-03-01T10:02:59 INFO  user=ann action=logout ms=15
2024-03-01T10:03:00 ERROR user=cid action=search ms=5000 code=504
2024-03-01T10:03:30 INFO  user=cid action=logout ms=12
2024-03-01T10:03:31 INFO  user=dee action=login ms=abc"""

stats = {}
def counted(name, iterable):
    for item in iterable:
        stats[name] = stats.get(name, 0) + 1
        yield item

def seconds(stamp):
    hh, mm, ss = stamp[11:].split(":")
    return int(hh) * 3600 + int(mm) * 60 + int(ss)

def parse(lines, errors):
    for n, line in enumerate(lines, 1):
        try:
            stamp, level, *pairs = line.split()
            fields = dict(p.split("=", 1) for p in pairs)
            record = {"t": seconds(stamp), "level": level, "user": fields.pop("user"),
                      "action": fields.pop("action"), "ms": int(fields.pop("ms")), "extra": fields}
        except (ValueError, KeyError) as e:
            errors.append((n, type(e).__name__, str(e)[:40]))
            continue
        yield record

LEVELS = {"DEBUG": 10, "INFO": 20, "WARN": 30, "ERROR": 40}
def at_least(records, level):
    return (r for r in records if LEVELS[r["level"]] >= LEVELS[level])

def window(records, start, end):
    for r in records:
        if r["t"] >= end:
            return
        if r["t"] >= start:
            yield r

def sessions(records):
    open_sessions = {}
    for r in records:
        user = r["user"]
        if r["action"] == "login":
            open_sessions[user] = [r]
        elif user in open_sessions:
            open_sessions[user].append(r)
            if r["action"] == "logout":
                events = open_sessions.pop(user)
                yield user, events[0]["t"], r["t"], [e["action"] for e in events]
    for user, events in sorted(open_sessions.items()):
        yield user, events[0]["t"], None, [e["action"] for e in events]

def sliding_rate(records, width):
    recent = []
    for r in records:
        recent = [t for t in recent if t > r["t"] - width] + [r["t"]]
        yield r["t"], len(recent)

errors = []
records = list(counted("parsed", parse(counted("lines", RAW.splitlines()), errors)))
print("stages:", stats, "errors:", errors)
important = list(at_least(records, "WARN"))
print("WARN+:", [(r["user"], r["action"], r["level"], r["extra"].get("code")) for r in important])
base = records[0]["t"]
print("first minute:", [r["action"] for r in window(iter(records), base, base + 60)])
for user, start, end, actions in sessions(records):
    duration = "open" if end is None else "%ds" % (end - start)
    print("session %-4s %-5s %s" % (user, duration, " > ".join(actions)))
peak = max(sliding_rate(records, 60), key=lambda p: (p[1], -p[0]))
print("peak events per 60s: %d at +%ds" % (peak[1], peak[0] - base))
by_action = {}
for r in records:
    by_action.setdefault(r["action"], []).append(r["ms"])
print("%-10s %5s %7s %7s" % ("action", "n", "avg_ms", "max_ms"))
for action, times in sorted(by_action.items(), key=lambda kv: -sum(kv[1]) / len(kv[1])):
    print("%-10s %5d %7.1f %7d" % (action, len(times), sum(times) / len(times), max(times)))
lazy = at_least(parse(RAW.splitlines(), []), "ERROR")
print(type(lazy).__name__, next(lazy)["user"], next(lazy)["user"], next(lazy, "exhausted"))
