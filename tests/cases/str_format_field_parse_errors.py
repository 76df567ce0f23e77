# str.format field parsing: scan errors, lazy name resolution, nested-spec recursion limit,
# numbering switches and format_map's positional fields, with CPython's messages.
tests = ["{0!}", "{!}", "{0!r", "{0!rx}", "{0!r:}", "{0!:}", "{0!", "{0[", "{0[]}", "{0.}", "{0..a}", "{0.a.}", "{0[0]x}", "{0[0].}", "{0]}", "{:{:{}}}", "{:{:{:{}}}}", "{0:{", "{0:{}", "{:{}}", "{0.a[}", "{a.}", "{}", "{0[}]}", "{0:[}", "{0[{]}", "{[}", "{0!r!s}", "{0!rr}", "{ 0}", "{0 }", "{-1}", "{00}", "{0[a]x}", "a{", "{0}{", "{0:{1}x{0}}", "{0:}}", "x}y","{5!x}", "{5!rx}", "{0!rx", "{0:{}!r}", "{5:{:{}}}", "{0.}{5}", "{5}{0.}", "{0!r:{5}}", "{0.real!r}", "{!r:{}}", "{0[1]", "{0[1]:", "{:{", "{[]}", "{.}", "{0:{!r}}", "{0:{0!}}", "{:}{5:{", "{0:{1!r:>5}}", "{0[-1]}", "{0[+0]}"]
for a in (["s", "t"], [[1.5], "t"]):
    for fmt in tests:
        try:
            print(repr(fmt), repr(fmt.format(*a)))
        except Exception as e:
            print(repr(fmt), type(e).__name__, e)
for fmt in ("{}", "{a}", "{a[0]}", "{0}"):
    try:
        print(repr(fmt.format_map({"a": "xy"})))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
