from . import LEVEL

WHO = "leaf in " + LEVEL


def parent_name():
    import pkg.sub
    return pkg.sub.__name__
