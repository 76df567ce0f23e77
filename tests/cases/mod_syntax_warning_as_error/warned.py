print("warned runs")
answer = 42 is not 42
