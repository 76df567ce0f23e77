from . import config
from .core.engine import start


def run():
    return "run with " + config.MODE + " / " + start()
