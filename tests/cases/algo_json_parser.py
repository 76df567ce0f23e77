# A small JSON parser and serializer written by hand: recursive descent with positions in
# error messages, string escapes, numbers, pretty printing with sorted keys, and round trips.
class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__("%s at position %d" % (msg, pos))
        self.pos = pos

class Parser:
    ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def peek(self):
        self.skip_ws()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def skip_ws(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def expect(self, ch):
        if self.peek() != ch:
            raise ParseError("expected %r, found %r" % (ch, self.peek() or "end"), self.pos)
        self.pos += 1

    def parse(self):
        value = self.value()
        if self.peek():
            raise ParseError("trailing data", self.pos)
        return value

    def value(self):
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        if ch and (ch.isdigit() or ch == "-"):
            return self.number()
        raise ParseError("unexpected %r" % (ch or "end"), self.pos)

    def obj(self):
        self.expect("{")
        result = {}
        if self.peek() == "}":
            self.pos += 1
            return result
        while True:
            if self.peek() != '"':
                raise ParseError("object keys must be strings", self.pos)
            key = self.string()
            self.expect(":")
            result[key] = self.value()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("}")
            return result

    def arr(self):
        self.expect("[")
        items = []
        if self.peek() == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("]")
            return items

    def string(self):
        self.expect('"')
        out = []
        while True:
            if self.pos >= len(self.text):
                raise ParseError("unterminated string", self.pos)
            ch = self.text[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(out)
            if ch == "\\":
                esc = self.text[self.pos:self.pos + 1]
                self.pos += 1
                if esc == "u":
                    digits = self.text[self.pos:self.pos + 4]
                    try:
                        out.append(chr(int(digits, 16)))
                    except ValueError:
                        raise ParseError("bad unicode escape %r" % digits, self.pos) from None
                    self.pos += 4
                elif esc in self.ESCAPES:
                    out.append(self.ESCAPES[esc])
                else:
                    raise ParseError("bad escape \\%s" % esc, self.pos - 1)
            else:
                out.append(ch)

    def number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        raw = self.text[start:self.pos]
        try:
            return float(raw) if any(c in raw for c in ".eE") else int(raw)
        except ValueError:
            raise ParseError("bad number %r" % raw, start) from None

def dump(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = ",\n".join('%s  "%s": %s' % (pad, k, dump(value[k], indent + 1)) for k in sorted(value))
        return "{\n%s\n%s}" % (inner, pad)
    if isinstance(value, list):
        return "[" + ", ".join(dump(v, indent) for v in value) + "]"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)

doc = '{"name": "tote", "version": [0, 3, 1], "ratio": -1.5e2, "ok": true, "none": null,' \
      ' "nested": {"quote": "say \\"hi\\"\\n", "uni": "caf\\u00e9", "empty": {}, "list": []}}'
data = Parser(doc).parse()
print(data)
print(dump(data))
print(Parser(dump(data)).parse() == data)
for bad in ('{"a" 1}', "[1, 2", '{"a": tru}', '"unterminated', "[1,]", '{1: 2}', '"\\x"', "01.2.3", "[] []", "", '"\\u12G4"'):
    try:
        print(Parser(bad).parse())
    except ParseError as e:
        print("%-16r -> %s" % (bad, e))
