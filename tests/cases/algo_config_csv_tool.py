# A config-driven CSV report tool: an INI parser with sections, interpolation and typed
# getters; a CSV reader handling quotes, escaped quotes and embedded commas; grouping,
# aggregation, and a formatted report driven by the config.
CONFIG = r"""
; report configuration
[report]
title = Quarterly sales
group_by = region
value = amount
precision = 2
show_share = yes

[paths]
base = /srv/data
input = ${base}/sales.csv
archive = ${input}.bak

[limits]
max_rows = 100
threshold = 250.5
"""

CSV = '''region,rep,amount,note
North,"Smith, J",120.50,regular
South,Lee,300,"said ""hi"""
North,Ng,99.5,
East,"O'Brien",410.25,"multi, comma"
South,Diaz,12.75,refund
North,Smith J,200,
West,Kim,0,"empty ""quoted"" value"
'''

class ConfigError(Exception):
    pass

def parse_ini(text):
    sections, current = {}, None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line[0] in ";#":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), {})
        elif "=" in line:
            if current is None:
                raise ConfigError("line %d: key outside of a section" % n)
            key, value = (part.strip() for part in line.split("=", 1))
            current[key.lower()] = value
        else:
            raise ConfigError("line %d: cannot parse %r" % (n, line))
    return sections

def interpolate(sections, section, key, depth=0):
    if depth > 10:
        raise ConfigError("interpolation too deep for %s.%s" % (section, key))
    value = sections[section][key]
    while "${" in value:
        start = value.index("${")
        end = value.index("}", start)
        ref = value[start + 2:end]
        value = value[:start] + interpolate(sections, section, ref, depth + 1) + value[end + 1:]
    return value

def get(sections, section, key, kind=str):
    try:
        raw = interpolate(sections, section, key)
    except KeyError as e:
        raise ConfigError("missing option %s in [%s]" % (e, section)) from None
    if kind is bool:
        lowered = raw.lower()
        if lowered in ("yes", "true", "on", "1"):
            return True
        if lowered in ("no", "false", "off", "0"):
            return False
        raise ConfigError("not a boolean: %r" % raw)
    return kind(raw)

def parse_csv(text):
    rows = []
    for line in text.splitlines():
        fields, field, quoted, i = [], [], False, 0
        while i < len(line):
            ch = line[i]
            if quoted:
                if ch == '"' and line[i + 1:i + 2] == '"':
                    field.append('"')
                    i += 1
                elif ch == '"':
                    quoted = False
                else:
                    field.append(ch)
            elif ch == '"':
                quoted = True
            elif ch == ",":
                fields.append("".join(field))
                field = []
            else:
                field.append(ch)
            i += 1
        fields.append("".join(field))
        rows.append(fields)
    header, *body = rows
    return [dict(zip(header, row)) for row in body]

cfg = parse_ini(CONFIG)
print(sorted(cfg), get(cfg, "paths", "archive"), get(cfg, "limits", "threshold", float), get(cfg, "report", "show_share", bool))
for section, key, kind in (("report", "missing", str), ("report", "title", bool), ("limits", "max_rows", int)):
    try:
        print(section, key, repr(get(cfg, section, key, kind)))
    except ConfigError as e:
        print("ConfigError:", e)
for bad in ("key = value", "[s]\njunk line", "[a]\nx = ${x}"):
    try:
        parsed = parse_ini(bad)
        print(get(parsed, "a", "x"))
    except ConfigError as e:
        print("ConfigError:", e)

records = parse_csv(CSV)
print(len(records), records[0], records[1]["note"], records[3]["note"], records[6]["note"])
group_key, value_key = get(cfg, "report", "group_by"), get(cfg, "report", "value")
precision = get(cfg, "report", "precision", int)
threshold = get(cfg, "limits", "threshold", float)
groups = {}
for rec in records:
    groups.setdefault(rec[group_key], []).append(float(rec[value_key]))
total = sum(sum(v) for v in groups.values())
title = get(cfg, "report", "title")
print("=" * 44)
print(title.upper().center(44))
print("=" * 44)
print("%-8s %5s %12s %8s %6s" % (group_key.title(), "rows", value_key, "mean", "share"))
for name, values in sorted(groups.items(), key=lambda kv: -sum(kv[1])):
    s = sum(values)
    flag = " *" if s > threshold else ""
    print("%-8s %5d %12.*f %8.2f %5.1f%%%s" % (name, len(values), precision, s, s / len(values), 100 * s / total, flag))
print("-" * 44)
print("%-8s %5d %12.*f" % ("total", len(records), precision, total))
print("reps with quotes or commas:", [r["rep"] for r in records if "," in r["rep"] or "'" in r["rep"]])
