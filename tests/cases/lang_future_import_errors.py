# `from __future__ import ...`: the opening future statements are checked before anything
# else (unknown feature, `braces`), located at the statement with no end column and only
# the message in args; a future import after other code is an error of the code generator,
# in source order with its other errors.
cases = [
    "from __future__ import nonexistent",
    "from __future__ import braces",
    "from __future__ import division, braces",
    "from __future__ import (division,\n    nope)",
    "from __future__ import nope as a",
    "from __future__ import *",
    "from . __future__ import x",
    "from __future__ import braces, nope",
    "from __future__ import nope; x = (yield)",
    "x = (yield)\nfrom __future__ import nope",
    "x = 1\nfrom __future__ import division",
    "x = 1\nfrom __future__ import (division,\n  nope)",
    "x=1\nfrom .__future__ import y",
    '"""doc"""\n"""doc2"""\nfrom __future__ import division',
    "from __future__ import division\nimport sys\nfrom __future__ import annotations",
    "def f():\n    from __future__ import division",
    "if 1:\n    from __future__ import division",
    "class C:\n    from __future__ import division",
    "import os; from __future__ import braces",
    "from __future__ import division; import os; from __future__ import braces",
    "from __future__ import division; from __future__ import braces",
    "def f():\n  nonlocal x\nfrom __future__ import nope",
    # fine
    '"""doc"""\nfrom __future__ import division',
    "from __future__ import annotations as a",
    "from __future__ import division; from __future__ import generators",
    "# comment\nfrom __future__ import barry_as_FLUFL",
    "from __future__ import generator_stop, nested_scopes, with_statement",
]
for src in cases:
    for mode in ("exec", "single"):
        if mode == "single" and "\n" in src:
            continue
        try:
            compile(src, "<s>", mode)
            print(repr(src), mode, "compiles")
        except SyntaxError as e:
            print(repr(src), mode, "|", e.msg, "|", e.text, e.lineno, e.offset, e.end_lineno, e.end_offset, e.args)
# annotations become strings only under the future import
ns = {}
exec("from __future__ import annotations\ndef f(x: int) -> list[int]: pass", ns)
print(ns["f"].__annotations__)
exec("def f(x: int) -> int: pass", ns)
print(ns["f"].__annotations__)
# at run time the statement imports the __future__ module and binds the features
exec("from __future__ import division, annotations as a", ns)
print(ns["division"], ns["a"].getOptionalRelease(), ns["a"].getMandatoryRelease())
import __future__
print(__future__.all_feature_names == __future__.__all__[1:], __future__.CO_FUTURE_ANNOTATIONS)
print(__future__.generator_stop.compiler_flag == __future__.CO_FUTURE_GENERATOR_STOP)
exec("from __future__ import braces")
