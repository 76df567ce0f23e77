"""Greetings, formatted one way everywhere."""

from .style import emphasize


def greeting(name):
    return f"Hello, {emphasize(name)}!"
