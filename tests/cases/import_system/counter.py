try:
    LOADS += 1
except NameError:
    LOADS = 1
COUNT = 0
