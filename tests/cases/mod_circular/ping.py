print("ping: start")
import pong

FIRST = "defined before the cycle closes"


def ping(n):
    if n <= 0:
        return "ping done"
    return "ping " + pong.pong(n - 1)


print("ping: end")
