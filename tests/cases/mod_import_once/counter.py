print("counter module executing")
LOADS = 1
total = 0


def bump():
    global total
    total += 1
