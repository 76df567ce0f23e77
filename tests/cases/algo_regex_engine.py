# A backtracking regular-expression engine supporting literals, ., character classes with
# ranges and negation, anchors, groups with alternation, and the quantifiers * + ? {m,n}
# (greedy), compiled to a small AST; search/fullmatch/findall are compared on many inputs.
class RegexError(Exception):
    pass

class Parser:
    def __init__(self, pattern):
        self.p, self.i, self.groups = pattern, 0, 0
    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None
    def take(self):
        ch = self.peek()
        self.i += 1
        return ch
    def parse(self):
        node = self.alternation()
        if self.peek() is not None:
            raise RegexError("unbalanced parenthesis at %d" % self.i)
        return node
    def alternation(self):
        branches = [self.sequence()]
        while self.peek() == "|":
            self.take()
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else ("alt", branches)
    def sequence(self):
        items = []
        while self.peek() not in (None, "|", ")"):
            items.append(self.quantified())
        return ("seq", items)
    def quantified(self):
        atom = self.atom()
        ch = self.peek()
        if ch in ("*", "+", "?"):
            self.take()
            lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[ch]
            return ("repeat", atom, lo, hi)
        if ch == "{":
            close = self.p.find("}", self.i)
            if close < 0:
                raise RegexError("unterminated {")
            body = self.p[self.i + 1:close]
            self.i = close + 1
            lo, _, hi = body.partition(",")
            lo = int(lo or 0)
            hi = lo if "," not in body else (int(hi) if hi else None)
            if hi is not None and hi < lo:
                raise RegexError("bad repeat {%s}" % body)
            return ("repeat", atom, lo, hi)
        return atom
    def atom(self):
        ch = self.take()
        if ch == "(":
            self.groups += 1
            inner = self.alternation()
            if self.take() != ")":
                raise RegexError("missing )")
            return inner
        if ch == "[":
            negate = self.peek() == "^"
            if negate:
                self.take()
            ranges = []
            while self.peek() not in ("]", None):
                lo = self.take()
                if self.peek() == "-" and self.p[self.i + 1:self.i + 2] not in ("]", ""):
                    self.take()
                    ranges.append((lo, self.take()))
                else:
                    ranges.append((lo, lo))
            if self.take() != "]":
                raise RegexError("unterminated character class")
            return ("class", ranges, negate)
        if ch == "\\":
            esc = self.take()
            classes = {"d": [("0", "9")], "w": [("a", "z"), ("A", "Z"), ("0", "9"), ("_", "_")], "s": [(" ", " "), ("\t", "\t"), ("\n", "\n")]}
            if esc in classes:
                return ("class", classes[esc], False)
            return ("char", esc)
        if ch in ("*", "+", "?"):
            raise RegexError("nothing to repeat at %d" % (self.i - 1))
        if ch == ".":
            return ("any",)
        if ch == "^":
            return ("start",)
        if ch == "$":
            return ("end",)
        return ("char", ch)

def match(node, s, i, k):
    kind = node[0]
    if kind == "char":
        return i < len(s) and s[i] == node[1] and k(i + 1)
    if kind == "any":
        return i < len(s) and s[i] != "\n" and k(i + 1)
    if kind == "class":
        if i >= len(s):
            return False
        inside = any(lo <= s[i] <= hi for lo, hi in node[1])
        return inside != node[2] and k(i + 1)
    if kind == "start":
        return i == 0 and k(i)
    if kind == "end":
        return i == len(s) and k(i)
    if kind == "seq":
        def step(idx, pos):
            if idx == len(node[1]):
                return k(pos)
            return match(node[1][idx], s, pos, lambda p: step(idx + 1, p))
        return step(0, i)
    if kind == "alt":
        return any(match(b, s, i, k) for b in node[1])
    if kind == "repeat":
        _, sub, lo, hi = node
        def rep(count, pos):
            if hi is None or count < hi:
                if match(sub, s, pos, lambda p: p != pos and rep(count + 1, p)):
                    return True
            return count >= lo and k(pos)
        return rep(0, i)
    raise RegexError(kind)

def search(pattern, s):
    ast = Parser(pattern).parse()
    for start in range(len(s) + 1):
        end = []
        if match(ast, s, start, lambda p: end.append(p) or True):
            return (start, end[0])
    return None

def findall(pattern, s):
    ast, out, start = Parser(pattern).parse(), [], 0
    while start <= len(s):
        end = []
        if match(ast, s, start, lambda p: end.append(p) or True):
            out.append(s[start:end[0]])
            start = end[0] if end[0] > start else start + 1
        else:
            start += 1
    return out

tests = [("a+b", "xxaaab"), ("^ab*$", "abbb"), ("^ab*$", "abbc"), ("colou?r", "my color"), ("(cat|dog)s?", "hotdogs"),
         ("[a-c]{2,3}", "xxabcabc"), ("[^0-9]+", "123abc456"), (r"\d{3}-\d{4}", "call 555-1234 now"),
         ("x{2}", "xxx"), ("a{2,}", "caaaat"), (".*end", "the end of the end"), ("(a|ab)(c|bcd)", "abcd"), ("", "abc")]
for pattern, text in tests:
    span = search(pattern, text)
    print("%-14s %-20r %-10s %s" % (pattern, text, span, text[span[0]:span[1]] if span else None))
print(findall(r"\w+", "hi, tote-runtime 2024!"), findall("[aeiou]", "regular expressions"), findall("a*", "baaac"))
for bad in ("*a", "(ab", "a)", "[abc", "a{3,1}", "a{2"):
    try:
        search(bad, "aaa")
    except RegexError as e:
        print("%-6s RegexError: %s" % (bad, e))
