from ...core import helper
from .. import helper as same_helper
from ... import exported_one


def describe():
    return (helper.value(), same_helper is helper, exported_one)
