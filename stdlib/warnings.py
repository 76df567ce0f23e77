"""Issuing and filtering warnings (tote's own implementation).

warn() finds the caller `stacklevel` frames up, consults the filters (first match wins,
then `defaultaction`), remembers per-module which warnings were already shown, and prints
`file:line: Category: message` plus the source line to stderr through showwarning() and
formatwarning(), both replaceable. catch_warnings() saves and restores the whole state.

Filter messages and modules are regular expressions. When the `re` module is not
available, a small built-in matcher handles the common subset: literals, `.`, `\\d \\w \\s`
(and their negations), character classes, groups with `|`, the quantifiers `* + ? {m,n}`
and the anchors `^ $ \\A \\Z`."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]


# ---------------------------------------------------------------------------------------
# A small regular-expression matcher, used only when `re` can not be imported.

class _PatternError(ValueError):
    pass


_CLASS_ESCAPES = {
    "d": lambda c: c.isdigit(),
    "w": lambda c: c.isalnum() or c == "_",
    "s": lambda c: c.isspace(),
}


def _escape_predicate(ch):
    if ch in _CLASS_ESCAPES:
        return _CLASS_ESCAPES[ch]
    if ch.lower() in _CLASS_ESCAPES and ch.isupper():
        inner = _CLASS_ESCAPES[ch.lower()]
        return lambda c: not inner(c)
    plain = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}.get(ch, ch)
    return lambda c: c == plain


class _Parser:
    """Parses a pattern into alternatives of sequences of (kind, payload, min, max)."""

    def __init__(self, pattern, ignore_case):
        self.p = pattern
        self.i = 0
        self.icase = ignore_case

    def literal(self, ch):
        if self.icase:
            low = ch.lower()
            return lambda c: c.lower() == low
        return lambda c: c == ch

    def parse_alternatives(self):
        alternatives = [self.parse_sequence()]
        while self.i < len(self.p) and self.p[self.i] == "|":
            self.i += 1
            alternatives.append(self.parse_sequence())
        return alternatives

    def parse_sequence(self):
        items = []
        p = self.p
        while self.i < len(p) and p[self.i] not in "|)":
            ch = p[self.i]
            self.i += 1
            if ch == "(":
                if p.startswith("?:", self.i):
                    self.i += 2
                elif p.startswith("?", self.i):
                    raise _PatternError("unsupported group")
                inner = self.parse_alternatives()
                if self.i >= len(p) or p[self.i] != ")":
                    raise _PatternError("missing )")
                self.i += 1
                atom = ("group", inner)
            elif ch == "^":
                items.append(("start", None, 1, 1))
                continue
            elif ch == "$":
                items.append(("end", None, 1, 1))
                continue
            elif ch == ".":
                atom = ("char", lambda c: c != "\n")
            elif ch == "[":
                atom = ("char", self.parse_class())
            elif ch == "\\":
                if self.i >= len(p):
                    raise _PatternError("bad escape (end of pattern)")
                esc = p[self.i]
                self.i += 1
                if esc in "AZ":
                    items.append(("start" if esc == "A" else "eos", None, 1, 1))
                    continue
                if esc.isalnum() and esc not in "dDwWsSntrfv":
                    raise _PatternError("unsupported escape")
                pred = _escape_predicate(esc)
                if self.icase and not esc.isalnum():
                    pred = self.literal(esc)
                atom = ("char", pred)
            elif ch in "*+?{":
                raise _PatternError("nothing to repeat")
            else:
                atom = ("char", self.literal(ch))
            low, high = self.parse_quantifier()
            items.append((atom[0], atom[1], low, high))
        return items

    def parse_quantifier(self):
        p = self.p
        if self.i >= len(p):
            return 1, 1
        ch = p[self.i]
        if ch == "*":
            self.i += 1
            bounds = (0, None)
        elif ch == "+":
            self.i += 1
            bounds = (1, None)
        elif ch == "?":
            self.i += 1
            bounds = (0, 1)
        elif ch == "{":
            close = p.find("}", self.i)
            body = p[self.i + 1:close] if close > 0 else ""
            parts = body.split(",")
            if close < 0 or len(parts) > 2 or not all(x.strip().isdigit() or x == ""
                                                      for x in parts):
                return 1, 1
            self.i = close + 1
            low = int(parts[0]) if parts[0] else 0
            if len(parts) == 1:
                bounds = (low, low)
            else:
                bounds = (low, int(parts[1]) if parts[1] else None)
        else:
            return 1, 1
        if self.i < len(p) and p[self.i] == "?":
            raise _PatternError("lazy quantifiers are not supported")
        return bounds

    def parse_class(self):
        p = self.p
        negate = False
        if self.i < len(p) and p[self.i] == "^":
            negate = True
            self.i += 1
        tests = []
        first = True
        while self.i < len(p) and (p[self.i] != "]" or first):
            first = False
            ch = p[self.i]
            self.i += 1
            if ch == "\\" and self.i < len(p):
                esc = p[self.i]
                self.i += 1
                tests.append(_escape_predicate(esc))
                continue
            if self.i + 1 < len(p) and p[self.i] == "-" and p[self.i + 1] != "]":
                end = p[self.i + 1]
                self.i += 2
                if self.icase:
                    tests.append(lambda c, a=ch, b=end: a <= c <= b
                                 or a <= c.lower() <= b or a <= c.upper() <= b)
                else:
                    tests.append(lambda c, a=ch, b=end: a <= c <= b)
            else:
                tests.append(self.literal(ch))
        if self.i >= len(p):
            raise _PatternError("unterminated character set")
        self.i += 1
        if negate:
            return lambda c: not any(t(c) for t in tests)
        return lambda c: any(t(c) for t in tests)


def _match_alternatives(alternatives, text, pos, cont):
    for seq in alternatives:
        if _match_sequence(seq, 0, text, pos, cont):
            return True
    return False


def _match_sequence(seq, index, text, pos, cont):
    if index == len(seq):
        return cont(pos)
    kind, payload, low, high = seq[index]
    if kind == "start":
        return pos == 0 and _match_sequence(seq, index + 1, text, pos, cont)
    if kind == "end":
        at_end = pos == len(text) or (pos == len(text) - 1 and text[pos] == "\n")
        return at_end and _match_sequence(seq, index + 1, text, pos, cont)
    if kind == "eos":
        return pos == len(text) and _match_sequence(seq, index + 1, text, pos, cont)

    def repeat(count, at):
        # Greedy: try one more repetition first, then stop here.
        if high is None or count < high:
            def after_one(new_at):
                # An optional repetition must consume something (no endless loop).
                if count >= low and new_at == at:
                    return False
                return repeat(count + 1, new_at)
            if kind == "char":
                if at < len(text) and payload(text[at]) and after_one(at + 1):
                    return True
            elif _match_alternatives(payload, text, at, after_one):
                return True
        return count >= low and _match_sequence(seq, index + 1, text, at, cont)

    return repeat(0, pos)


class _SimplePattern:
    """The subset of a compiled pattern warnings needs: pattern, flags, match()."""

    def __init__(self, pattern, ignore_case):
        self.pattern = pattern
        self.flags = 2 if ignore_case else 0
        self._alternatives = _Parser(pattern, ignore_case).parse_alternatives()

    def match(self, text):
        return _match_alternatives(self._alternatives, text, 0, lambda end: True)

    def __repr__(self):
        if self.flags:
            return "re.compile(%r, re.IGNORECASE)" % self.pattern
        return "re.compile(%r)" % self.pattern


def _compile(pattern, ignore_case):
    try:
        import re
    except ImportError:
        return _SimplePattern(pattern, ignore_case)
    return re.compile(pattern, re.I if ignore_case else 0)


# ---------------------------------------------------------------------------------------
# Showing warnings

def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    text = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, category, msg.message)
    line = msg.line
    if line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        text += "  %s\n" % line.strip()
    return text


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (sys.stderr by default). Replaceable."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning() writes: 'file:line: Category: message' and the source
    line, indented. Replaceable."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


# The originals, to tell whether user code replaced them.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


class WarningMessage:
    """One warning as catch_warnings(record=True) records it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line",
                        "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


# ---------------------------------------------------------------------------------------
# Filters

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    """Every module's record of shown warnings is stale after a filter change."""
    global _filters_version
    _filters_version += 1


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert a filter: warnings whose text starts with a match of `message`
    (case-insensitive), whose class is a subclass of `category`, raised from a module
    whose name matches `module`, at `lineno` (0: any line) get `action`."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type):
        raise AssertionError("category must be a class")
    if not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    message_re = _compile(message, True) if message else None
    module_re = _compile(module, False) if module else None
    _add_filter(action, message_re, category, module_re, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a filter that matches every message and module."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Remove every filter (warn() then uses defaultaction)."""
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        # The default filters name '__main__' as plain text, matched exactly.
        return pattern == text
    return bool(pattern.match(text))


# ---------------------------------------------------------------------------------------
# Issuing warnings

def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning about the code `stacklevel` frames up (1: the caller of warn)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    if "__name__" in globals:
        module = globals["__name__"]
    else:
        module = "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning for an explicit location, through the filters and registry."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        once_key = (text, category)
        if onceregistry.get(once_key):
            return
        onceregistry[once_key] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        module_key = (text, category, 0)
        if registry.get(module_key):
            return
        registry[module_key] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class catch_warnings:
    """Save the warning filters and showwarning() on entry and restore them on exit.
    With record=True, warnings are collected into the list `as` binds instead of
    being shown; `action` (and category, lineno, append) installs a simplefilter."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        module._filters_mutated()
        self._showwarning = module.showwarning
        self._showwarnmsg_impl = module._showwarnmsg_impl
        if self._filter is not None:
            module.simplefilter(*self._filter)
        if self._record:
            log = []
            module._showwarnmsg_impl = log.append
            # A replaced showwarning would bypass the recording.
            module.showwarning = module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        module = self._module
        module.filters = self._filters
        module._filters_mutated()
        module.showwarning = self._showwarning
        module._showwarnmsg_impl = self._showwarnmsg_impl


# ---------------------------------------------------------------------------------------
# -W options and $PYTHONWARNINGS (sys.warnoptions): applied once, when this module is first
# imported, each option becoming a filter in front of those before it.

class _OptionError(Exception):
    pass


def _escape(text):
    # Every character that is not a letter, a digit or "_" stands for itself.
    return "".join(c if c.isalnum() or c == "_" else "\\" + c for c in text)


def _option_action(text):
    if not text:
        return "default"
    if text == "all":
        return "always"
    for action in ("default", "always", "ignore", "module", "once", "error"):
        if action.startswith(text):
            return action
    raise _OptionError("invalid action: %r" % (text,))


def _option_category(text):
    if not text:
        return Warning
    if "." in text:
        module_name, _, name = text.rpartition(".")
        try:
            module = __import__(module_name, None, None, [name])
            category = getattr(module, name)
        except (ImportError, AttributeError):
            raise _OptionError("unknown warning category: %r" % (text,)) from None
    else:
        import builtins
        category = getattr(builtins, text, None)
        if category is None:
            raise _OptionError("unknown warning category: %r" % (text,))
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise _OptionError("invalid warning category: %r" % (text,))
    return category


def _apply_option(option):
    fields = option.split(":")
    if len(fields) > 5:
        raise _OptionError("too many fields (max 5): %r" % (option,))
    fields = [f.strip() for f in fields] + [""] * (5 - len(fields))
    action_text, message, category_text, module, lineno_text = fields
    action = _option_action(action_text)
    category = _option_category(category_text)
    if module:
        module = _escape(module) + "\\Z"
    if lineno_text:
        try:
            lineno = int(lineno_text)
        except ValueError:
            lineno = -1
        if lineno < 0:
            raise _OptionError("invalid lineno %r" % (lineno_text,)) from None
    else:
        lineno = 0
    filterwarnings(action, _escape(message), category, module, lineno)


def _apply_options(options):
    for option in options:
        try:
            _apply_option(option)
        except _OptionError as e:
            sys.stderr.write("Invalid -W option ignored: %s\n" % (e,))


_apply_options(getattr(sys, "warnoptions", ()))
