import second
print("first sees second.READY:", second.READY)
VALUE = "first value"
