# Order of try / except / else / finally blocks.
def run(fail):
    try:
        print("  try")
        if fail:
            raise RuntimeError("fail")
    except RuntimeError:
        print("  except")
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after")

print("no failure:")
run(False)
print("failure:")
run(True)

def only_finally():
    try:
        print("  body")
        return "returned"
    finally:
        print("  finally before return completes")
print(only_finally())

def else_raises():
    try:
        pass
    except ValueError:
        print("  not reached")
    else:
        raise ValueError("from else")
    finally:
        print("  finally runs")
try:
    else_raises()
except ValueError as e:
    print("caught", e)
