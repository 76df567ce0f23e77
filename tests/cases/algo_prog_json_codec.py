"""A hand-written JSON encoder/decoder with escapes, float repr and error positions."""
import math
import sys
from collections import OrderedDict
from io import StringIO


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__(f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg, self.doc, self.pos, self.lineno, self.colno = msg, doc, pos, lineno, colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def encode_string(s, ensure_ascii=True):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or (ensure_ascii and ord(ch) > 0x7E):
            cp = ord(ch)
            if cp > 0xFFFF:
                cp -= 0x10000
                hi, lo = 0xD800 | (cp >> 10), 0xDC00 | (cp & 0x3FF)
                out.append(f"\\u{hi:04x}\\u{lo:04x}")
            else:
                out.append("\\u%04x" % cp)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def encode_float(f, allow_nan=True):
    if f != f:
        text = "NaN"
    elif f == math.inf:
        text = "Infinity"
    elif f == -math.inf:
        text = "-Infinity"
    else:
        return float.__repr__(f)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant: " + repr(f))
    return text


class Encoder:
    def __init__(self, indent=None, sort_keys=False, default=None, separators=None):
        self.indent = " " * indent if isinstance(indent, int) else indent
        self.sort_keys = sort_keys
        self.default = default
        if separators is None:
            separators = (",", ": ") if indent is None else (",", ": ")
        self.item_sep, self.key_sep = separators
        self._stack = []

    def encode(self, obj):
        buf = StringIO()
        self._write(obj, buf, 0)
        return buf.getvalue()

    def _newline(self, buf, level):
        if self.indent is not None:
            buf.write("\n" + self.indent * level)

    def _write(self, obj, buf, level):
        if obj is None:
            buf.write("null")
        elif obj is True:
            buf.write("true")
        elif obj is False:
            buf.write("false")
        elif isinstance(obj, str):
            buf.write(encode_string(obj))
        elif isinstance(obj, int):
            buf.write(int.__repr__(obj))
        elif isinstance(obj, float):
            buf.write(encode_float(obj))
        elif isinstance(obj, (list, tuple, dict)):
            marker = id(obj)
            if any(m == marker for m in self._stack):
                raise ValueError("Circular reference detected")
            self._stack.append(marker)
            try:
                if isinstance(obj, dict):
                    self._write_dict(obj, buf, level)
                else:
                    self._write_list(obj, buf, level)
            finally:
                self._stack.pop()
        elif self.default is not None:
            self._write(self.default(obj), buf, level)
        else:
            raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")

    def _write_list(self, obj, buf, level):
        if not obj:
            buf.write("[]")
            return
        buf.write("[")
        for i, item in enumerate(obj):
            if i:
                buf.write(self.item_sep if self.indent is None else self.item_sep.rstrip())
            self._newline(buf, level + 1)
            self._write(item, buf, level + 1)
        self._newline(buf, level)
        buf.write("]")

    def _write_dict(self, obj, buf, level):
        if not obj:
            buf.write("{}")
            return
        items = sorted(obj.items()) if self.sort_keys else obj.items()
        buf.write("{")
        for i, (k, v) in enumerate(items):
            if isinstance(k, bool) or k is None:
                k = {True: "true", False: "false", None: "null"}[k]
            elif isinstance(k, float):
                k = encode_float(k)
            elif isinstance(k, int):
                k = str(k)
            elif not isinstance(k, str):
                raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")
            if i:
                buf.write(self.item_sep if self.indent is None else self.item_sep.rstrip())
            self._newline(buf, level + 1)
            buf.write(encode_string(k))
            buf.write(self.key_sep)
            self._write(v, buf, level + 1)
        self._newline(buf, level)
        buf.write("}")


class Decoder:
    WS = " \t\n\r"

    def __init__(self, object_pairs_hook=None, parse_float=float):
        self.hook = object_pairs_hook
        self.parse_float = parse_float

    def decode(self, doc):
        self.doc = doc
        value, pos = self._value(self._skip(0))
        pos = self._skip(pos)
        if pos != len(doc):
            raise JSONDecodeError("Extra data", doc, pos)
        return value

    def _skip(self, pos):
        while pos < len(self.doc) and self.doc[pos] in self.WS:
            pos += 1
        return pos

    def _value(self, pos):
        doc = self.doc
        if pos >= len(doc):
            raise JSONDecodeError("Expecting value", doc, pos)
        ch = doc[pos]
        if ch == '"':
            return self._string(pos + 1)
        if ch == "{":
            return self._object(pos + 1)
        if ch == "[":
            return self._array(pos + 1)
        for lit, val in (("null", None), ("true", True), ("false", False),
                         ("NaN", math.nan), ("Infinity", math.inf), ("-Infinity", -math.inf)):
            if doc.startswith(lit, pos):
                return val, pos + len(lit)
        end = pos
        if end < len(doc) and doc[end] == "-":
            end += 1
        while end < len(doc) and doc[end].isdigit():
            end += 1
        is_float = False
        if end < len(doc) and doc[end] == ".":
            is_float = True
            end += 1
            while end < len(doc) and doc[end].isdigit():
                end += 1
        if end < len(doc) and doc[end] in "eE":
            is_float = True
            end += 1
            if end < len(doc) and doc[end] in "+-":
                end += 1
            while end < len(doc) and doc[end].isdigit():
                end += 1
        text = doc[pos:end]
        if not text or text == "-":
            raise JSONDecodeError("Expecting value", doc, pos)
        return (self.parse_float(text) if is_float else int(text)), end

    def _string(self, pos):
        doc = self.doc
        chunks = []
        while True:
            if pos >= len(doc):
                raise JSONDecodeError("Unterminated string starting at", doc, pos)
            ch = doc[pos]
            if ch == '"':
                return "".join(chunks), pos + 1
            if ch == "\\":
                esc = doc[pos + 1:pos + 2]
                if esc == "u":
                    cp = int(doc[pos + 2:pos + 6], 16)
                    pos += 6
                    if 0xD800 <= cp < 0xDC00 and doc.startswith("\\u", pos):
                        lo = int(doc[pos + 2:pos + 6], 16)
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00)
                        pos += 6
                    chunks.append(chr(cp))
                    continue
                mapping = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
                if esc not in mapping:
                    raise JSONDecodeError(f"Invalid \\escape: {esc!r}", doc, pos)
                chunks.append(mapping[esc])
                pos += 2
            else:
                chunks.append(ch)
                pos += 1

    def _array(self, pos):
        items = []
        pos = self._skip(pos)
        if self.doc[pos:pos + 1] == "]":
            return items, pos + 1
        while True:
            val, pos = self._value(self._skip(pos))
            items.append(val)
            pos = self._skip(pos)
            nxt = self.doc[pos:pos + 1]
            if nxt == "]":
                return items, pos + 1
            if nxt != ",":
                raise JSONDecodeError("Expecting ',' delimiter", self.doc, pos)
            pos += 1

    def _object(self, pos):
        pairs = []
        pos = self._skip(pos)
        if self.doc[pos:pos + 1] == "}":
            return (self.hook(pairs) if self.hook else {}), pos + 1
        while True:
            pos = self._skip(pos)
            if self.doc[pos:pos + 1] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", self.doc, pos)
            key, pos = self._string(pos + 1)
            pos = self._skip(pos)
            if self.doc[pos:pos + 1] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", self.doc, pos)
            val, pos = self._value(self._skip(pos + 1))
            pairs.append((key, val))
            pos = self._skip(pos)
            nxt = self.doc[pos:pos + 1]
            if nxt == "}":
                return (self.hook(pairs) if self.hook else dict(pairs)), pos + 1
            if nxt != ",":
                raise JSONDecodeError("Expecting ',' delimiter", self.doc, pos)
            pos += 1


def main():
    data = {
        "name": "caf\u00e9 \u2603 \U0001F600",
        "nums": [0, -1, 2 ** 70, 1.0, 0.1 + 0.2, 1e16, 1e-7, -0.0, 123456789.125, 5e-324, 1.7976931348623157e308],
        "nested": {"z": None, "a": [True, False, []], "m": {}},
        "ctrl": "tab\there\nnew\x01\x1f\"q\"\\",
        3: "int key", 2.5: "float key", None: "none key", False: "bool key",
    }
    enc = Encoder()
    text = enc.encode(data)
    print(text)
    print(Encoder(indent=2, sort_keys=False).encode({"a": [1, {"b": 2}], "c": []}))
    back = Decoder().decode(text)
    print(back["name"] == data["name"], back["nums"] == data["nums"], back["ctrl"] == data["ctrl"])
    print(sorted(back))
    print([type(x).__name__ for x in back["nums"]])
    print(Decoder(object_pairs_hook=OrderedDict).decode('{"b": 1, "a": {"y": 2, "x": 3}}'))
    print(Decoder(parse_float=lambda s: ("F", s)).decode("[1.50, 2e3, 7]"))
    print(Encoder().encode([math.inf, -math.inf, math.nan]))
    try:
        encode_float(math.nan, allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
    cyc = [1]
    cyc.append(cyc)
    try:
        enc.encode(cyc)
    except ValueError as e:
        print("ValueError:", e)
    try:
        enc.encode({"s": {1, 2}})
    except TypeError as e:
        print("TypeError:", e)
    print(Encoder(default=sorted).encode({"s": {3, 1, 2}}))
    try:
        enc.encode({(1, 2): 3})
    except TypeError as e:
        print("TypeError:", e)
    bad_docs = ['{"a": 1,}', '[1, 2', '{"a" 1}', '[1] x', '"abc', '{"a":\n  tru}', '"\\x"', '', '-', '{1: 2}']
    for doc in bad_docs:
        try:
            print("parsed", Decoder().decode(doc))
        except JSONDecodeError as e:
            print(f"{doc!r:>14} -> {e} | pos={e.pos} line={e.lineno} col={e.colno}")
            print("    ", isinstance(e, ValueError), e.__reduce__()[1][0])
    floats = [0.1, 1/3, 2/3, 1e22, 1e21, 123e-20, 9007199254740993.0, 0.000001, 1e-5, 100.0, 3.14159e100]
    print(" ".join(encode_float(f) for f in floats))
    print([Decoder().decode(encode_float(f)) == f for f in floats])
    print(repr(Decoder().decode('"\\ud83d\\ude00 \\u00e9"')), ascii("\U0001F600"))
    big = {"k%02d" % i: list(range(i)) for i in range(0, 12, 3)}
    out = Encoder(indent="\t", separators=(";", "= ")).encode(big)
    print(out.replace("\t", "->"))
    print(len(text), text.count("\\u"), sum(map(len, back)))


main()
