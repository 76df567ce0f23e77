# SystemExit can be caught like any exception; finally blocks run on exit.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    sys.exit()
except SystemExit as e:
    print("no arg code:", e.code)
try:
    sys.exit("text")
except SystemExit as e:
    print("text code:", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("tuple code:", e.code)
try:
    try:
        sys.exit(0)
    finally:
        print("finally during exit")
except SystemExit:
    print("then caught")
try:
    sys.exit(1)
except Exception:
    print("not reached: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
print("end")
