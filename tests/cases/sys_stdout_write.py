# sys.stdout.write returns the number of characters written; no newline added.
import sys
n = sys.stdout.write("hello")
sys.stdout.write(" world\n")
print(n)
m = sys.stdout.write("héllo ☺\n")
print(m)
sys.stdout.write("")
sys.stdout.flush()
print(sys.stdout.write("a\nb\n"))
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
print(hasattr(sys.stdout, "write"), hasattr(sys.stderr, "write"), hasattr(sys.stdin, "read"))
