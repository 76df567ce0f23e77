def present():
    return "helpers works"
