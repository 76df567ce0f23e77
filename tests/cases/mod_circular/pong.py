print("pong: start")
import ping

# ping is only partially initialised here: 'ping' the function is not defined yet.
SEEN_PING_ATTRS = [hasattr(ping, "FIRST"), hasattr(ping, "ping")]


def pong(n):
    if n <= 0:
        return "pong done"
    return "pong " + ping.ping(n - 1)


print("pong: end")
