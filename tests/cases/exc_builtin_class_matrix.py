# Every builtin exception class: its MRO, and str/repr/args and the special attributes it
# derives from a spread of constructor arguments (OSError's errno mapping included).
import builtins
classes = sorted((c for c in vars(builtins).values() if isinstance(c, type) and issubclass(c, BaseException)), key=lambda c: c.__name__)
argsets = [(), ("msg",), ("a", "b"), (1, 2, 3), (None,), (2, "No such file", "f.txt"), (13, "Denied", "a", None, "b")]
for c in classes:
    print(c.__name__, [b.__name__ for b in c.__mro__[1:]])
    for a in argsets:
        try:
            if issubclass(c, BaseExceptionGroup):
                e = c("grp", [ValueError(*a)])
            else:
                e = c(*a)
            extra = []
            for attr in ("errno", "strerror", "filename", "filename2", "code", "value", "name", "obj", "msg", "lineno", "offset", "text", "encoding", "reason", "start", "end", "object", "characters_written"):
                if hasattr(type(e), attr) or attr in dir(e):
                    try: extra.append((attr, getattr(e, attr)))
                    except Exception as x: extra.append((attr, type(x).__name__))
            print("  ", a, "->", type(e).__name__, repr(str(e)), repr(e), e.args, extra)
        except Exception as x:
            print("  ", a, "!!", type(x).__name__, x)
