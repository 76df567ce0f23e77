from .. import config
from ..config import MODE
from . import helpers
from .helpers import twice


def start():
    return "engine(" + config.MODE + "," + MODE + "," + helpers.name() + "," + twice("go") + ")"
