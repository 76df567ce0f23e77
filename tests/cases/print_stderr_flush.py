# print to sys.stderr and flush; stdout and stderr are separate streams.
import sys
print("to stdout")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("err", "with", "sep", sep="-", file=sys.stderr)
sys.stderr.write("direct stderr write\n")
print("last stdout line", file=sys.stdout)
print("file=None means stdout", file=None)
