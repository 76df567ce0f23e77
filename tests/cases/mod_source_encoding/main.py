# -*- coding: latin-1 -*-
# PEP 263: this file and the module it imports are Latin-1 / ISO-8859-15.
import latin15

s = "café £ µ"
print(s, len(s), [hex(ord(c)) for c in s])
print(latin15.euro, hex(ord(latin15.euro)))
print(compile(b"# coding: latin-1\nx = \"\xe9\"\n", "b", "exec").co_names)
ns = {}
exec(b"# coding: cp1252\ny = \"\x80\"\n", ns)
print(hex(ord(ns["y"])))
