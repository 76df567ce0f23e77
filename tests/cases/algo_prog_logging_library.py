"""A logging library by hand: hierarchical loggers, levels, handlers with %-style format
strings, filters, propagation, caller information from frames, exception info rendered
from traceback objects with linecache, and a capturing handler for tests."""
import sys
import io
import os
import linecache
import time
from collections import defaultdict

DEBUG, INFO, WARNING, ERROR, CRITICAL = 10, 20, 30, 40, 50
LEVEL_NAMES = {DEBUG: "DEBUG", INFO: "INFO", WARNING: "WARNING", ERROR: "ERROR", CRITICAL: "CRITICAL"}
FIXED_TIME = 1700000000.25


class Record:
    def __init__(self, name, level, msg, args, exc_info, frame, extra):
        self.name = name
        self.levelno = level
        self.levelname = LEVEL_NAMES.get(level, f"Level {level}")
        self.msg = msg
        self.args = args
        self.exc_info = exc_info
        self.created = FIXED_TIME
        self.msecs = int((self.created - int(self.created)) * 1000)
        code = frame.f_code
        self.funcName = code.co_name
        self.lineno = frame.f_lineno
        self.filename = os.path.basename(code.co_filename)
        self.module = os.path.splitext(self.filename)[0]
        for k, v in (extra or {}).items():
            if k in self.__dict__:
                raise KeyError(f"Attempt to overwrite {k!r} in Record")
            setattr(self, k, v)

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            if len(self.args) == 1 and isinstance(self.args[0], dict) and self.args[0]:
                msg = msg % self.args[0]
            else:
                msg = msg % self.args
        return msg


def format_exception(exc_type, exc, tb):
    lines = ["Traceback (most recent call last):"]
    while tb is not None:
        f = tb.tb_frame
        fn = os.path.basename(f.f_code.co_filename)
        lines.append(f'  File "{fn}", line {tb.tb_lineno}, in {f.f_code.co_name}')
        src = linecache.getline(f.f_code.co_filename, tb.tb_lineno).strip()
        if src:
            lines.append(f"    {src}")
        tb = tb.tb_next
    text = str(exc)
    lines.append(f"{exc_type.__name__}: {text}" if text else exc_type.__name__)
    return "\n".join(lines)


class Formatter:
    def __init__(self, fmt="%(levelname)s:%(name)s:%(message)s", datefmt="%Y-%m-%d %H:%M:%S"):
        self.fmt = fmt
        self.datefmt = datefmt

    def format(self, record):
        record.message = record.getMessage()
        if "%(asctime)" in self.fmt:
            record.asctime = time.strftime(self.datefmt, time.gmtime(record.created)) + f",{record.msecs:03d}"
        try:
            s = self.fmt % record.__dict__
        except KeyError as e:
            raise ValueError(f"Formatting field not found in record: {e}") from None
        if record.exc_info:
            s += "\n" + format_exception(*record.exc_info)
        return s


class Filter:
    def __init__(self, name=""):
        self.name = name

    def filter(self, record):
        if not self.name:
            return True
        return record.name == self.name or record.name.startswith(self.name + ".")


class Handler:
    def __init__(self, level=0):
        self.level = level
        self.formatter = Formatter()
        self.filters = []

    def handle(self, record):
        if record.levelno < self.level:
            return False
        for f in self.filters:
            ok = f.filter(record) if hasattr(f, "filter") else f(record)
            if not ok:
                return False
        self.emit(record)
        return True


class StreamHandler(Handler):
    def __init__(self, stream=None, level=0):
        super().__init__(level)
        self.stream = stream if stream is not None else sys.stdout

    def emit(self, record):
        self.stream.write(self.formatter.format(record) + "\n")


class CaptureHandler(Handler):
    def __init__(self, level=0):
        super().__init__(level)
        self.records = []

    def emit(self, record):
        self.records.append(record)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.records.clear()
        return False


class Logger:
    manager = {}

    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.level = 0
        self.handlers = []
        self.propagate = True
        self.disabled = False
        self.counts = defaultdict(int)

    def getEffectiveLevel(self):
        logger = self
        while logger is not None:
            if logger.level:
                return logger.level
            logger = logger.parent
        return WARNING

    def isEnabledFor(self, level):
        return not self.disabled and level >= self.getEffectiveLevel()

    def _log(self, level, msg, args, exc_info=False, extra=None, stacklevel=1):
        if not self.isEnabledFor(level):
            return
        frame = sys._getframe(2)
        for _ in range(stacklevel - 1):
            if frame.f_back is not None:
                frame = frame.f_back
        if exc_info is True:
            exc_info = sys.exc_info()
            if exc_info[0] is None:
                exc_info = None
        elif isinstance(exc_info, BaseException):
            exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
        record = Record(self.name, level, msg, args, exc_info or None, frame, extra)
        self.counts[record.levelname] += 1
        logger, found = self, 0
        while logger is not None:
            for h in logger.handlers:
                found += 1
                h.handle(record)
            if not logger.propagate:
                break
            logger = logger.parent
        if not found:
            sys.stdout.write(f"(no handlers) {record.levelname}: {record.getMessage()}\n")

    def debug(self, msg, *args, **kw):
        self._log(DEBUG, msg, args, **kw)

    def info(self, msg, *args, **kw):
        self._log(INFO, msg, args, **kw)

    def warning(self, msg, *args, **kw):
        self._log(WARNING, msg, args, **kw)

    def error(self, msg, *args, **kw):
        self._log(ERROR, msg, args, **kw)

    def exception(self, msg, *args, **kw):
        kw.setdefault("exc_info", True)
        self._log(ERROR, msg, args, **kw)

    def getChild(self, suffix):
        return getLogger(f"{self.name}.{suffix}" if self.name != "root" else suffix)

    def __repr__(self):
        return f"<Logger {self.name} ({LEVEL_NAMES.get(self.getEffectiveLevel())})>"


def getLogger(name="root"):
    if name in Logger.manager:
        return Logger.manager[name]
    parent = None
    if name != "root":
        parent_name = name.rpartition(".")[0] or "root"
        parent = getLogger(parent_name)
    logger = Logger.manager[name] = Logger(name, parent)
    return logger


def helper_that_logs(log):
    log.warning("from helper, attributed to caller", stacklevel=2)


def risky(n):
    return 10 // n


def main():
    root = getLogger()
    out = io.StringIO()
    console = StreamHandler(out)
    console.formatter = Formatter("%(asctime)s %(levelname)-8s %(name)s [%(module)s.%(funcName)s:%(lineno)d] %(message)s")
    root.handlers.append(console)
    root.level = INFO
    app = getLogger("app")
    db = getLogger("app.db")
    net = app.getChild("net")
    print(root, app, db, net, db.parent is app, net.name)
    app.info("starting %s v%d", "demo", 3)
    db.debug("hidden: level is %s", LEVEL_NAMES[db.getEffectiveLevel()])
    db.level = DEBUG
    db.debug("now visible: %(q)s took %(ms).1fms", {"q": "SELECT 1", "ms": 2.345})
    errors_only = StreamHandler(out, level=ERROR)
    errors_only.formatter = Formatter("!! %(levelname)s %(message)s (%(filename)s)")
    db.handlers.append(errors_only)
    db.error("connection lost: %r", ("10.0.0.1", 5432))
    net.propagate = False
    net.warning("dropped: no handlers of its own")
    net.propagate = True
    helper_that_logs(net)
    try:
        risky(0)
    except ZeroDivisionError:
        app.exception("risky failed for n=%d", 0)
    app.error("explicit exc", exc_info=ValueError("not raised"))
    only_db = Filter("app.db")
    console.filters.append(only_db)
    app.warning("filtered out by name")
    db.warning("passes the filter")
    console.filters.append(lambda r: "secret" not in r.getMessage())
    db.warning("contains secret")
    console.filters.clear()
    app.info("user %s", "bob", extra={"user": "bob"})
    try:
        app.info("clash", extra={"name": "x"})
    except KeyError as e:
        print("KeyError:", e)
    bad = StreamHandler(out)
    bad.formatter = Formatter("%(nosuch)s")
    app.handlers.append(bad)
    try:
        app.warning("will fail to format")
    except ValueError as e:
        print("ValueError:", e)
    app.handlers.remove(bad)
    with CaptureHandler(level=WARNING) as cap:
        app.handlers.append(cap)
        app.info("not captured")
        app.warning("captured %d", 1)
        db.error("captured %s", "two")
        print([(r.levelname, r.name, r.getMessage(), r.funcName) for r in cap.records])
        app.handlers.remove(cap)
    print(len(cap.records))
    print(out.getvalue(), end="")
    print({name: dict(lg.counts) for name, lg in sorted(Logger.manager.items()) if lg.counts})
    app.disabled = True
    app.error("disabled")
    print(app.isEnabledFor(CRITICAL), db.isEnabledFor(DEBUG), getLogger("fresh").getEffectiveLevel())
    getLogger("lonely.child").parent.handlers.clear()
    root.handlers.clear()
    getLogger("lonely.child").error("nobody listens %s", "!")


main()
