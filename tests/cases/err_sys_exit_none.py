# sys.exit(None) and SystemExit with a non-int, non-str code.
import sys
print("exiting with a list code")
sys.exit([1, 2])
