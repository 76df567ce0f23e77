# A circular import that works: each module only uses the other at call time.
import ping
import pong

print(ping.ping(3))
print(pong.pong(2))
print(ping.pong is pong, pong.ping is ping)
print(pong.SEEN_PING_ATTRS)
