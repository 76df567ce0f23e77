# Nested try statements and handlers choosing the innermost matching clause.
def process(v):
    try:
        try:
            if v == 0:
                raise ValueError("zero")
            if v == 1:
                raise KeyError("one")
            if v == 2:
                raise TypeError("two")
            return "ok"
        except ValueError as e:
            return "inner caught " + str(e)
        finally:
            print("inner finally", v)
    except KeyError as e:
        return "outer caught " + repr(e)
    except Exception as e:
        return "outer generic " + type(e).__name__

for v in range(4):
    print(process(v))
try:
    try:
        raise ValueError("x")
    except TypeError:
        print("wrong handler")
except ValueError:
    print("propagated to outer")
