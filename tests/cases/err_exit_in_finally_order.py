# Output printed before an uncaught exception, plus finally blocks, appears in order.
import sys
def work():
    try:
        print("working")
        sys.stdout.write("partial line without newline")
        raise RuntimeError("stopped")
    finally:
        print()
        print("cleanup", file=sys.stderr)

work()
