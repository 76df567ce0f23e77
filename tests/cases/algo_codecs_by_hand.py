# Encoding algorithms written by hand and checked against the builtins where they exist:
# base64 (with padding), hex dumps, run-length encoding, Roman numerals both ways with
# validation, Luhn checksums, a Caesar/Vigenere cipher, and UTF-8 encoding of code points.
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        chars = [ALPHABET[(n >> shift) & 63] for shift in (18, 12, 6, 0)]
        out.append("".join(chars[:len(chunk) + 1]) + "=" * (3 - len(chunk)))
    return "".join(out)

def b64decode(text):
    if len(text) % 4:
        raise ValueError("length %d is not a multiple of 4" % len(text))
    out = bytearray()
    for i in range(0, len(text), 4):
        quad = text[i:i + 4]
        pad = quad.count("=")
        n = 0
        for ch in quad.rstrip("="):
            if ch not in ALPHABET:
                raise ValueError("invalid character %r" % ch)
            n = n * 64 + ALPHABET.index(ch)
        n <<= 6 * pad
        out += n.to_bytes(3, "big")[:3 - pad]
    return bytes(out)

def hexdump(data, width=8):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join("%02x" % b for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append("%04x  %-*s  |%s|" % (off, width * 3 - 1, hexpart, text))
    return "\n".join(lines)

def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append("%d%s" % (j - i, s[i]) if j - i > 1 else s[i])
        i = j
    return "".join(out)

NUMERALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError("%d out of range for roman numerals" % n)
    out = []
    for value, sym in NUMERALS:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)
def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        if a not in values:
            raise ValueError("bad numeral %r" % a)
        total += -values[a] if values.get(b, 0) > values[a] else values[a]
    if to_roman(total) != s:
        raise ValueError("non-canonical numeral %r (did you mean %s?)" % (s, to_roman(total)))
    return total

def luhn_ok(number):
    digits = [int(d) for d in number if d.isdigit()][::-1]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits))
    return total % 10 == 0

def vigenere(text, key, sign=1):
    out, k = [], 0
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            shift = ord(key[k % len(key)].lower()) - ord("a")
            out.append(chr(base + (ord(ch) - base + sign * shift) % 26))
            k += 1
        else:
            out.append(ch)
    return "".join(out)

def utf8(cp):
    if cp < 0x80:
        return bytes([cp])
    if cp < 0x800:
        return bytes([0xC0 | cp >> 6, 0x80 | cp & 0x3F])
    if cp < 0x10000:
        return bytes([0xE0 | cp >> 12, 0x80 | cp >> 6 & 0x3F, 0x80 | cp & 0x3F])
    return bytes([0xF0 | cp >> 18, 0x80 | cp >> 12 & 0x3F, 0x80 | cp >> 6 & 0x3F, 0x80 | cp & 0x3F])

for sample in (b"", b"f", b"fo", b"foo", b"foobar", bytes(range(250, 256)), "héllo wörld".encode()):
    enc = b64encode(sample)
    print("%-20s %-24s %s" % (sample[:20], enc, b64decode(enc) == sample))
for bad in ("abc", "ab!=", "Zm9v="):
    try:
        b64decode(bad)
    except ValueError as e:
        print("ValueError", e)
print(hexdump(b"tote\x00\x01 runtime\n\xff bytes!"))
print(rle("aaabccddddde"), rle(""), rle("abc"), rle("zzzzzzzzzzzz"))
print([to_roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999)])
print([from_roman(s) for s in ("III", "LVIII", "MCMXCIV", "MMXXIV")])
for bad in ("IIII", "VX", "ABC", "IC"):
    try:
        from_roman(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    to_roman(0)
except ValueError as e:
    print("ValueError", e)
print([luhn_ok(n) for n in ("4539 1488 0343 6467", "8273 1232 7352 0569", "79927398713", "0")])
secret = vigenere("Attack at dawn, 10:00!", "Lemon")
print(secret, "|", vigenere(secret, "Lemon", -1))
for ch in "A", "é", "€", "😀":
    print(ch, hex(ord(ch)), utf8(ord(ch)).hex(" "), utf8(ord(ch)) == ch.encode("utf-8"))
