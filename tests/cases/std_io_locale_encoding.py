# Opening a text file with the "locale" encoding (PEP 597) or with none names the locale's
# encoding; this case runs under a UTF-8 locale, as the harness and its regeneration do.
import io
import os

print(io.text_encoding(None), io.text_encoding("latin-1"), io.text_encoding("utf-8", 2))
folder = "/tmp/tote_io_locale_encoding_%d" % os.getpid()
os.mkdir(folder)
path = os.path.join(folder, "locale.txt")
for enc in (None, "locale", "utf-8"):
    with open(path, "w", encoding=enc) as f:
        f.write("é\n")
        print(repr(enc), f.encoding)
    with open(path, encoding=enc) as f:
        print(repr(f.read()), f.encoding)
w = io.TextIOWrapper(io.BytesIO(), encoding="locale")
print(w.encoding)
for name in ("LOCALE", " locale"):  # compared exactly as given
    try:
        open(path, encoding=name)
    except LookupError as e:
        print("LookupError:", e)
os.remove(path)
os.rmdir(folder)
w = io.TextIOWrapper(io.BytesIO(), encoding="latin-1")
w.reconfigure(encoding="locale")
print(w.encoding)
