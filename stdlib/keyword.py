"""Python's keywords: the hard ones the parser reserves and the soft ones that are keywords
only in some positions (tote's own implementation)."""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    "False", "None", "True",
    "and", "as", "assert", "async", "await",
    "break", "class", "continue",
    "def", "del",
    "elif", "else", "except",
    "finally", "for", "from",
    "global",
    "if", "import", "in", "is",
    "lambda",
    "nonlocal", "not",
    "or",
    "pass",
    "raise", "return",
    "try",
    "while", "with",
    "yield",
]

softkwlist = ["_", "case", "match"]

_hard = frozenset(kwlist)
_soft = frozenset(softkwlist)


def iskeyword(s):
    """Is s one of Python's keywords?"""
    return s in _hard


def issoftkeyword(s):
    """Is s one of Python's soft keywords?"""
    return s in _soft
