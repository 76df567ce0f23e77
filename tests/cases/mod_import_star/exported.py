__all__ = ["public_one", "public_two"]


def public_one():
    return "one"


public_two = "two"


def hidden_helper():
    return "not exported"
