COUNT = 1


def get_count():
    return COUNT


def read_new():
    return new_attr
