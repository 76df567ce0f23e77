def value():
    return "helper-value"
