# A hand-written tokenizer for a small C-like language implemented as an explicit state
# machine (states as strings, transitions by character class), producing tokens with line
# and column, handling comments, string escapes, numbers (int, float, hex, exponent),
# operators with maximal munch, and reporting errors with positions.
KEYWORDS = {"if", "else", "while", "return", "fn", "let"}
OPERATORS = sorted(["==", "!=", "<=", ">=", "&&", "||", "->", "+=", "-=", "+", "-", "*", "/", "%", "=", "<", ">",
                    "!", "(", ")", "{", "}", "[", "]", ",", ";", ":", "."], key=len, reverse=True)

class LexError(Exception):
    def __init__(self, msg, line, col):
        super().__init__("%d:%d: %s" % (line, col, msg))

def tokenize(src):
    tokens, i, line, col = [], 0, 1, 1
    def advance(n=1):
        nonlocal i, line, col
        for _ in range(n):
            if src[i] == "\n":
                line, col = line + 1, 1
            else:
                col += 1
            i += 1
    while i < len(src):
        ch = src[i]
        start = (line, col)
        if ch in " \t\r\n":
            advance()
        elif src.startswith("//", i):
            while i < len(src) and src[i] != "\n":
                advance()
        elif src.startswith("/*", i):
            end = src.find("*/", i + 2)
            if end < 0:
                raise LexError("unterminated comment", *start)
            advance(end + 2 - i)
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("kw" if word in KEYWORDS else "ident", word, start))
            advance(j - i)
        elif ch.isdigit():
            state, j = "int", i
            if src.startswith(("0x", "0X"), i):
                state, j = "hex", i + 2
            while j < len(src):
                c = src[j]
                if state == "hex" and c in "0123456789abcdefABCDEF_":
                    j += 1
                elif state in ("int", "frac") and (c.isdigit() or c == "_"):
                    j += 1
                elif state == "int" and c == "." and src[j + 1:j + 2].isdigit():
                    state, j = "frac", j + 1
                elif state in ("int", "frac") and c in "eE":
                    state, j = "exp", j + 1
                    if src[j:j + 1] in ("+", "-"):
                        j += 1
                elif state == "exp" and c.isdigit():
                    j += 1
                else:
                    break
            text = src[i:j]
            if j < len(src) and (src[j].isalpha() or src[j] == "_"):
                raise LexError("invalid number literal %r" % (text + src[j]), *start)
            value = int(text, 16) if state == "hex" else float(text) if state in ("frac", "exp") else int(text)
            tokens.append(("number", value, start))
            advance(j - i)
        elif ch == '"':
            out, j = [], i + 1
            while True:
                if j >= len(src) or src[j] == "\n":
                    raise LexError("unterminated string", *start)
                c = src[j]
                if c == '"':
                    break
                if c == "\\":
                    esc = src[j + 1:j + 2]
                    mapping = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
                    if esc not in mapping:
                        raise LexError("bad escape \\%s" % esc, line, col + (j - i))
                    out.append(mapping[esc])
                    j += 2
                else:
                    out.append(c)
                    j += 1
            tokens.append(("string", "".join(out), start))
            advance(j + 1 - i)
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    tokens.append(("op", op, start))
                    advance(len(op))
                    break
            else:
                raise LexError("unexpected character %r" % ch, *start)
    tokens.append(("eof", None, (line, col)))
    return tokens

PROGRAM = '''fn fib(n: int) -> int {
    // classic recursion
    if n <= 1 { return n; }
    return fib(n - 1) + fib(n - 2); /* two calls */
}
let x = 0x1F + 3.5e-2 * 1_000;
let s = "tab\\there \\"quoted\\"\\n";
while (x >= 10 && !done) { x -= 1; }
'''
tokens = tokenize(PROGRAM)
kinds = {}
for kind, _, _ in tokens:
    kinds[kind] = kinds.get(kind, 0) + 1
print(len(tokens), sorted(kinds.items()))
for tok in tokens:
    if tok[0] in ("number", "string", "kw") or tok[1] in ("->", "<=", ">=", "&&", "-="):
        print("%-7s %-24r at %d:%d" % (tok[0], tok[1], *tok[2]))
print(" ".join(str(t[1]) for t in tokens[:12]))
for bad in ('let y = "open', "let z = 12abc;", "a = b $ c", "/* never closed", 'x = "bad \\q"', "\n\n   @"):
    try:
        tokenize(bad)
    except LexError as e:
        print("LexError", e)
