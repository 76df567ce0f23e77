# Huffman coding end to end: frequency table, tree built with a hand-written priority queue
# (ties broken deterministically), canonical codes, bit packing into bytes, decoding, and a
# compression summary; plus run-length encoding of the bit string for comparison.
TEXT = ("this is an example of a huffman tree; it compresses text by giving frequent "
        "symbols short codes and rare symbols long codes. aaaaaaaaaa bbbbb!")

class Leaf:
    def __init__(self, symbol, weight):
        self.symbol, self.weight = symbol, weight
    def key(self):
        return (self.weight, 0, self.symbol)

class Branch:
    counter = 0
    def __init__(self, left, right):
        self.left, self.right = left, right
        self.weight = left.weight + right.weight
        Branch.counter += 1
        self.order = Branch.counter
    def key(self):
        return (self.weight, 1, str(self.order))

def build(freq):
    queue = sorted((Leaf(s, w) for s, w in freq.items()), key=lambda n: n.key())
    while len(queue) > 1:
        a, b = queue.pop(0), queue.pop(0)
        node = Branch(a, b)
        k = node.key()
        i = 0
        while i < len(queue) and queue[i].key() < k:
            i += 1
        queue.insert(i, node)
    return queue[0]

def code_lengths(node, depth=0, out=None):
    out = {} if out is None else out
    if isinstance(node, Leaf):
        out[node.symbol] = max(depth, 1)
    else:
        code_lengths(node.left, depth + 1, out)
        code_lengths(node.right, depth + 1, out)
    return out

def canonical(lengths):
    codes, code, prev_len = {}, 0, 0
    for symbol, length in sorted(lengths.items(), key=lambda kv: (kv[1], kv[0])):
        code <<= length - prev_len
        codes[symbol] = format(code, "0%db" % length)
        code += 1
        prev_len = length
    return codes

def pack(bits):
    padding = (8 - len(bits) % 8) % 8
    bits += "0" * padding
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)), padding

def unpack(data, padding):
    bits = "".join(format(b, "08b") for b in data)
    return bits[:len(bits) - padding] if padding else bits

def decode(bits, codes):
    reverse = {v: k for k, v in codes.items()}
    out, current = [], ""
    for bit in bits:
        current += bit
        if current in reverse:
            out.append(reverse[current])
            current = ""
    if current:
        raise ValueError("dangling bits %r" % current)
    return "".join(out)

def rle(bits):
    runs, i = [], 0
    while i < len(bits):
        j = i
        while j < len(bits) and bits[j] == bits[i]:
            j += 1
        runs.append((bits[i], j - i))
        i = j
    return runs

freq = {}
for ch in TEXT:
    freq[ch] = freq.get(ch, 0) + 1
tree = build(freq)
codes = canonical(code_lengths(tree))
print("symbols:", len(freq), "tree weight:", tree.weight, "== len(text):", tree.weight == len(TEXT))
for symbol, code in sorted(codes.items(), key=lambda kv: (len(kv[1]), kv[0]))[:8]:
    print("%r %3d %s" % (symbol, freq[symbol], code))
encoded = "".join(codes[ch] for ch in TEXT)
data, padding = pack(encoded)
print("bits:", len(encoded), "bytes:", len(data), "padding:", padding, "ratio: %.3f" % (len(data) / len(TEXT)))
print("first bytes:", data[:8].hex(" "), "| avg bits/symbol: %.3f" % (len(encoded) / len(TEXT)))
roundtrip = decode(unpack(data, padding), codes)
print("roundtrip ok:", roundtrip == TEXT)
runs = rle(encoded)
print("runs:", len(runs), "longest:", max(runs, key=lambda r: (r[1], r[0])), "first:", runs[:6])
prefix_free = all(not b.startswith(a) for a in codes.values() for b in codes.values() if a != b)
print("prefix free:", prefix_free, "kraft sum:", sum(2 ** -len(c) for c in codes.values()))
try:
    decode(encoded[:-1], codes)
except ValueError as e:
    print(type(e).__name__, str(e)[:30])
single = canonical(code_lengths(build({"x": 5})))
print(single, decode("000", single))
