# getrecursionlimit / setrecursionlimit and catching RecursionError.
import sys
print(sys.getrecursionlimit())
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(2500))
sys.setrecursionlimit(100)
try:
    count(200)
except RecursionError:
    print("limit 100 enforced")
sys.setrecursionlimit(1000)
print(count(900))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
print("still running")
