# continue in an except* clause.
for i in range(3):
    try:
        raise ExceptionGroup("g", [ValueError(i)])
    except* ValueError:
        continue
