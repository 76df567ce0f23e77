# CPython 3.11 draws SyntaxError carets in UTF-8 byte columns: the non-ASCII characters
# before and under the marked range widen it.
print(ää ää)
