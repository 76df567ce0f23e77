"""Common string constants, capwords, $-substitution templates and a customisable
str.format engine (tote's own implementation, written from the documented behaviour).

Template scans its text by hand rather than with a regular expression: subclasses may
change `delimiter`; defining a custom `idpattern`, `braceidpattern`, `flags` or `pattern`
raises NotImplementedError."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words (by sep), capitalize each, and join them with sep (or a space)."""
    words = [word.capitalize() for word in s.split(sep)]
    return (sep or " ").join(words)


# ---------------------------------------------------------------------------------------
# Template: $name, ${name} and $$ substitution.

_ID_START = frozenset("_" + ascii_letters)
_ID_CONTINUE = frozenset("_" + ascii_letters + digits)
_NO_MAPPING = {}


def _identifier_end(text, start):
    """The end of the ASCII identifier starting at `start` (== start when there is none)."""
    n = len(text)
    if start >= n or text[start] not in _ID_START:
        return start
    end = start + 1
    while end < n and text[end] in _ID_CONTINUE:
        end += 1
    return end


def _scan_template(text, delimiter):
    """Split a template into pieces: ('text', s), ('escaped', s), ('named', name, raw),
    ('invalid', position_after_delimiter, raw)."""
    pieces = []
    dlen = len(delimiter)
    pos = 0
    n = len(text)
    while pos < n:
        found = text.find(delimiter, pos)
        if found < 0:
            pieces.append(("text", text[pos:]))
            break
        if found > pos:
            pieces.append(("text", text[pos:found]))
        after = found + dlen
        if text.startswith(delimiter, after):
            pieces.append(("escaped", delimiter))
            pos = after + dlen
            continue
        end = _identifier_end(text, after)
        if end > after:
            pieces.append(("named", text[after:end], text[found:end]))
            pos = end
            continue
        if after < n and text[after] == "{":
            end = _identifier_end(text, after + 1)
            if end > after + 1 and end < n and text[end] == "}":
                pieces.append(("named", text[after + 1:end], text[found:end + 1]))
                pos = end + 1
                continue
        pieces.append(("invalid", after, delimiter))
        pos = after
    return pieces


class _ChainLookup:
    """Keyword arguments first, then the mapping: how substitute() looks names up."""

    def __init__(self, kws, mapping):
        self.kws = kws
        self.mapping = mapping

    def __getitem__(self, key):
        if key in self.kws:
            return self.kws[key]
        return self.mapping[key]


class Template:
    """A string with $-placeholders: `Template('$who likes $what').substitute(who=…, what=…)`."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = 2  # re.IGNORECASE

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # Only the delimiter can be changed: the scanner is not a regular expression.
        for name in ("pattern", "idpattern", "braceidpattern", "flags"):
            if name in cls.__dict__ and cls.__dict__[name] != getattr(Template, name, None):
                raise NotImplementedError(
                    "string.Template subclasses can change only 'delimiter' in tote, "
                    "not %r" % name)

    def __init__(self, template):
        self.template = template

    def _lookup(self, mapping, kws):
        if mapping is _NO_MAPPING:
            return kws
        if kws:
            return _ChainLookup(kws, mapping)
        return mapping

    def _invalid(self, position):
        text = self.template[:position]
        lines = text.splitlines(True)
        if not lines:
            lineno = colno = 1
        else:
            lineno = len(lines)
            colno = position - len("".join(lines[:-1]))
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        """Replace every placeholder; a missing name raises KeyError, a malformed
        placeholder ValueError."""
        lookup = self._lookup(mapping, kws)
        out = []
        for piece in _scan_template(self.template, self.delimiter):
            kind = piece[0]
            if kind == "named":
                out.append(str(lookup[piece[1]]))
            elif kind == "invalid":
                self._invalid(piece[1])
            else:
                out.append(piece[1])
        return "".join(out)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        """Like substitute(), but missing names and malformed placeholders stay as written."""
        lookup = self._lookup(mapping, kws)
        out = []
        for piece in _scan_template(self.template, self.delimiter):
            kind = piece[0]
            if kind == "named":
                try:
                    out.append(str(lookup[piece[1]]))
                except KeyError:
                    out.append(piece[2])
            elif kind == "invalid":
                out.append(piece[2])
            else:
                out.append(piece[1])
        return "".join(out)

    def is_valid(self):
        """Does the template have no malformed placeholder?"""
        for piece in _scan_template(self.template, self.delimiter):
            if piece[0] == "invalid":
                return False
        return True

    def get_identifiers(self):
        """The placeholder names, each once, in order of first appearance."""
        names = []
        for piece in _scan_template(self.template, self.delimiter):
            if piece[0] == "named" and piece[1] not in names:
                names.append(piece[1])
        return names


# ---------------------------------------------------------------------------------------
# Formatter: str.format with every step overridable.

def _parse_field(text, i):
    """Read one replacement field starting just after its '{': returns
    (field_name, format_spec, conversion, position after the closing '}')."""
    n = len(text)
    start = i
    c = ""
    while i < n:
        c = text[i]
        i += 1
        if c == "{":
            raise ValueError("unexpected '{' in field name")
        if c == "[":
            while i < n and text[i] != "]":
                i += 1
            continue
        if c in "}:!":
            break
    else:
        c = ""
    name = text[start:i - 1] if c else text[start:i]
    if c == "}":
        return name, "", None, i
    if c not in ("!", ":"):
        raise ValueError("expected '}' before end of string")
    conversion = None
    if c == "!":
        if i >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = text[i]
        i += 1
        if i < n:
            c = text[i]
            i += 1
            if c == "}":
                return name, "", conversion, i
            if c != ":":
                raise ValueError("expected ':' after conversion specifier")
    spec_start = i
    depth = 1
    while i < n:
        c = text[i]
        i += 1
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return name, text[spec_start:i - 1], conversion, i
    raise ValueError("unmatched '{' in format spec")


def _parse_format(text):
    """Yield (literal_text, field_name, format_spec, conversion) as str.format reads them."""
    n = len(text)
    pos = 0
    while pos < n:
        literal_start = pos
        while pos < n:
            c = text[pos]
            if c == "{" or c == "}":
                break
            pos += 1
        literal = text[literal_start:pos]
        if pos >= n:
            if literal:
                yield literal, None, None, None
            return
        c = text[pos]
        if pos + 1 < n and text[pos + 1] == c:
            yield literal + c, None, None, None
            pos += 2
            continue
        if c == "}":
            raise ValueError("Single '}' encountered in format string")
        if pos + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        name, spec, conversion, pos = _parse_field(text, pos + 1)
        yield literal, name, spec, conversion


def _as_index(text):
    """A field name part made only of decimal digits is an int, anything else a str."""
    if text and text.isdecimal():
        return int(text)
    return text


def _field_name_rest(name, i):
    """Yield (is_attribute, key) for the '.attr' and '[key]' parts of a field name from i;
    lazily, so the first part is looked up before a malformed rest is reported."""
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == ".":
            start = i
            while i < n and name[i] not in ".[":
                i += 1
            if i == start:
                raise ValueError("Empty attribute in format string")
            yield True, name[start:i]
        elif c == "[":
            start = i
            while i < n and name[i] != "]":
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            if i == start:
                raise ValueError("Empty attribute in format string")
            i += 1
            yield False, _as_index(name[start:i - 1])
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _split_field_name(name):
    """('first', iterator of (is_attribute, key)) for 'first.attr[key]…'."""
    i = 0
    while i < len(name) and name[i] not in ".[":
        i += 1
    return _as_index(name[:i]), _field_name_rest(name, i)


class Formatter:
    """The engine of str.format, one overridable step per method."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        out = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            # Automatic numbering ({}) and explicit numbers ({0}) cannot be mixed;
            # auto_arg_index is False once an explicit number was seen.
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            out.append(self.format_field(obj, format_spec))
        return "".join(out), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) tuples; the last three are
        None for trailing literal text."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attribute, key in rest:
            if is_attribute:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
