# Exceptions inside loops with continue and break in handlers.
values = ["1", "x", "3", "", "5", "stop", "7"]
total = 0
for v in values:
    try:
        if v == "stop":
            break
        total += int(v)
    except ValueError:
        print("skipping", repr(v))
        continue
    else:
        print("added", v)
    finally:
        print("checked", repr(v))
print("total", total)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts} failed")
        print("succeeded on attempt", attempts)
        break
    except ConnectionError as e:
        print(e)
