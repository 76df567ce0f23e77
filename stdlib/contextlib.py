"""Utilities for with-statement context managers (tote's own implementation).

The asynchronous variants (asynccontextmanager, AsyncExitStack, aclosing,
AbstractAsyncContextManager) are not provided: tote has no async/await yet."""

import sys
import abc
from collections import deque
from functools import wraps
from types import GenericAlias, MethodType

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress", "chdir"]


def _has_methods(C, *methods):
    for method in methods:
        for base in C.__mro__:
            if method in base.__dict__:
                if base.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """An ABC for classes with __enter__ and __exit__; __enter__ returns self."""

    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _has_methods(C, "__enter__", "__exit__")
        return NotImplemented


class ContextDecorator:
    """A base class that lets a context manager decorate functions: the function body
    runs inside `with self._recreate_cm():`."""

    def _recreate_cm(self):
        """The context manager to use for one call (self, unless it is single-use)."""
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """The context manager @contextmanager returns: runs the generator up to its yield
    on entry and the rest on exit, throwing an exception from the block into it."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # A generator runs once: each decorated call needs a fresh one.
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        # The arguments are only needed to recreate the manager.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            # A bare exception class was passed in: instantiate it, as raising would.
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # Finishing the generator suppresses the exception, unless the
            # StopIteration is the exception that was thrown in.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # A StopIteration thrown into the generator comes back as a RuntimeError
            # (PEP 479): report the original instead.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Decorator: turn a generator function that yields once into a context manager
    factory. The code before the yield is __enter__, the yielded value is bound by `as`,
    the code after it is __exit__; an exception in the block is raised at the yield."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Call thing.close() at the end of the block: `with closing(thing) as t:`."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; `as` binds enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so the same object can be used in nested with statements.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Send what is written to sys.stdout inside the block to new_target."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Send what is written to sys.stderr inside the block to new_target."""
    _stream = "stderr"


class suppress(AbstractContextManager):
    """Silently end the block when it raises one of the given exception types."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class chdir(AbstractContextManager):
    """Change the working directory for the block, restoring it afterwards."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks run, last first, when the with block ends (or close()
    is called). Each callback sees the exception the previous ones left, may suppress it,
    or may raise a new one that replaces it."""

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Move every callback to a new ExitStack and return it."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return new_stack

    def push(self, exit):
        """Register an exit callback: a context manager's __exit__ (not entered) or any
        callable with __exit__'s signature."""
        exit_type = type(exit)
        try:
            exit_method = exit_type.__exit__
        except AttributeError:
            self._exit_callbacks.append(exit)
        else:
            self._exit_callbacks.append(MethodType(exit_method, exit))
        return exit

    def enter_context(self, cm):
        """Enter cm and push its __exit__; returns what __enter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the context manager protocol"
                            % (cls.__module__, cls.__qualname__)) from None
        result = enter(cm)
        self._exit_callbacks.append(MethodType(exit, cm))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on exit (it can not suppress)."""
        def exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(exit_wrapper)
        return callback

    def close(self):
        """Run every callback now, as leaving the with block would."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        had_exception = exc_type is not None
        # The exception being handled when we were called (the with block's own, or one
        # from an enclosing handler): a callback's new exception has it as its context.
        outer = sys.exc_info()[1]
        details = (exc_type, exc_value, traceback)
        current = exc_value
        suppressed = False
        replaced = False
        while self._exit_callbacks:
            callback = self._exit_callbacks.pop()
            try:
                if callback(*details):
                    suppressed = True
                    replaced = False
                    current = None
                    details = (None, None, None)
            except BaseException as raised:
                _chain_onto(raised, current, outer)
                current = raised
                replaced = True
                details = (type(raised), raised, raised.__traceback__)
        if replaced:
            context = current.__context__
            try:
                raise current
            except BaseException:
                # Raising again would make the handled exception its context.
                current.__context__ = context
                raise
        return had_exception and suppressed


def _chain_onto(raised, current, outer):
    """Make `current` (the exception the previous callbacks left) the context of what a
    callback raised: the link to `outer` at the end of raised's own chain is redirected.
    A chain that ends without reaching outer is left as it is."""
    node = raised
    while True:
        context = node.__context__
        if context is None or context is current:
            return
        if context is outer:
            node.__context__ = current
            return
        node = context
