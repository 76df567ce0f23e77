# exit() and quit(), the builtins CPython's site module adds: scripts call them like
# sys.exit; they raise SystemExit with the code as the one argument.
import builtins

print(exit)
print(repr(quit), str(exit) == repr(exit))
print(type(exit).__name__, type(quit).__module__, callable(exit), builtins.quit is quit)
for call in [
    lambda: exit(),
    lambda: exit(3),
    lambda: quit("fatal: no input"),
    lambda: exit(code=4),
    lambda: exit(None),
    lambda: quit((1, 2)),
    lambda: exit(1, 2),
    lambda: exit(status=1),
]:
    try:
        call()
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
    except TypeError as e:
        print("TypeError", e)


def main(args):
    if not args:
        print("usage: tool FILE...")
        exit(2)
    return 0


try:
    main([])
finally:
    print("cleanup runs")
