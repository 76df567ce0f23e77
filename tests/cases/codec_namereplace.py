# The namereplace error handler: \N{NAME} for every encoder, \x/\u/\U escapes for
# characters without a name, and its refusal to decode.
print("é\u2013".encode("ascii", "namereplace"))
samples = ["é", "\u2013", "€", "\u6771", "\u4eac", "\uac00", "\ud7a3", "\u00a0", "\u200b",
           "\U0001f600", "\U00020000", "\u0378", "\x85", "\x9f", "\ue000", "\U000f1000",
           "\U0010fffd", "\ufffe", "\u1100", "\u2f00", "\uf900", "\U0001d11e", "\u3400",
           "\U0001fae8", "\U0001f6dc", "\u0c5d", "\U00011f00"]
for s in samples:
    print(ascii(s), s.encode("ascii", "namereplace"))
text = "naïve café – 東京 😀 ok"
for codec in ["ascii", "latin-1", "utf-8", "utf-16-le", "utf-32-be", "cp1252", "koi8-r",
              "iso8859-7", "mac-roman", "cp437"]:
    out = text.encode(codec, "namereplace")
    print(codec, out if len(out) < 90 else out[:90] + b"...")
print("Straße ≠ Strasse".encode("ascii", "namereplace").decode("ascii"))
print(len(("\u4e00" * 3).encode("ascii", "namereplace")))
for data, codec in [(b"\xff", "utf-8"), (b"\x80", "ascii"), (b"\x81", "cp1252"), (b"ok", "utf-8")]:
    try:
        print(codec, repr(data.decode(codec, "namereplace")))
    except TypeError as e:
        print(codec, type(e).__name__, e)
try:
    "é".encode("ascii", "namereplace ")
except LookupError as e:
    print(type(e).__name__, e)
print(bytes("Ω", "ascii", "namereplace"), "€".encode("latin-1", "namereplace"))
