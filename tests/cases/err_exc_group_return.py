# break, continue and return may not leave an except* clause (a loop inside it is fine).
def f(items):
    for x in items:
        try:
            pass
        except* ValueError:
            for y in items:
                break
            return x
