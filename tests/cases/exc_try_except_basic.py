# try/except with specific types, tuples, bare except and "as".
def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][3]
    if kind == "type":
        return "a" + 1
    if kind == "value":
        return int("abc")
    return "fine"

for kind in ("zero", "key", "index", "type", "value", "none"):
    try:
        print("result:", risky(kind))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    except (KeyError, IndexError) as e:
        print(type(e).__name__, "in tuple handler:", e)
    except TypeError as e:
        print("TypeError:", e)
    except:
        print("bare except caught something")

try:
    raise ValueError("boom")
except Exception as err:
    print(type(err).__name__, err)
try:
    err
except NameError as e:
    print("NameError:", e)
