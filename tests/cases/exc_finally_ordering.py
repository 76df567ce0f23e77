# finally runs on normal exit, return, break, continue and exceptions, innermost first.
log = []
def f(mode):
    for i in range(2):
        try:
            try:
                if mode == "return":
                    return "ret"
                if mode == "break":
                    break
                if mode == "continue":
                    continue
                if mode == "raise":
                    raise ValueError(mode)
            finally:
                log.append(f"inner {mode} {i}")
        finally:
            log.append(f"outer {mode} {i}")
    return "end"

for mode in ("normal", "return", "break", "continue", "raise"):
    log.clear()
    try:
        r = f(mode)
    except ValueError as e:
        r = "raised " + str(e)
    print(mode, r, log)
