"""Event-sourced bank ledger: slots, properties, custom exceptions, chaining."""
import sys
from collections import defaultdict, OrderedDict, namedtuple
from functools import total_ordering, reduce
import operator


class LedgerError(Exception):
    """Base error for the ledger."""

    def __init__(self, message, *, account=None):
        super().__init__(message)
        self.account = account

    def __str__(self):
        base = super().__str__()
        if self.account is not None:
            return f"[{self.account}] {base}"
        return base


class InsufficientFunds(LedgerError):
    pass


class FrozenAccount(LedgerError):
    pass


class UnknownAccount(LedgerError, KeyError):
    pass


Event = namedtuple("Event", "seq kind account amount memo", defaults=("",))


@total_ordering
class Money:
    __slots__ = ("_cents",)

    def __init__(self, cents=0):
        if isinstance(cents, Money):
            cents = cents._cents
        if not isinstance(cents, int):
            raise TypeError(f"cents must be int, not {type(cents).__name__}")
        self._cents = cents

    @classmethod
    def parse(cls, text):
        text = text.strip()
        neg = text.startswith("-")
        if neg:
            text = text[1:]
        whole, _, frac = text.partition(".")
        frac = (frac + "00")[:2]
        value = int(whole or "0") * 100 + int(frac)
        return cls(-value if neg else value)

    @property
    def cents(self):
        return self._cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self._cents + other._cents)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, Money):
            return Money(self._cents - other._cents)
        return NotImplemented

    def __neg__(self):
        return Money(-self._cents)

    def __mul__(self, k):
        if isinstance(k, int):
            return Money(self._cents * k)
        return NotImplemented

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Money) and self._cents == other._cents

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self._cents < other._cents

    def __hash__(self):
        return hash(("Money", self._cents))

    def __bool__(self):
        return self._cents != 0

    def __repr__(self):
        return f"Money({self})"

    def __str__(self):
        sign = "-" if self._cents < 0 else ""
        q, r = divmod(abs(self._cents), 100)
        return f"{sign}{q:,}.{r:02d}"

    def __format__(self, spec):
        return format(str(self), spec)


class Account:
    __slots__ = ("name", "_balance", "frozen", "history", "__weakref__")

    def __init__(self, name):
        self.name = name
        self._balance = Money()
        self.frozen = False
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < Money(0):
            raise InsufficientFunds(f"balance would be {value}", account=self.name)
        self._balance = value

    def __repr__(self):
        state = " frozen" if self.frozen else ""
        return f"<Account {self.name!r} {self._balance}{state}>"


class Ledger:
    def __init__(self):
        self.accounts = OrderedDict()
        self.events = []
        self._seq = 0
        self.handlers = {
            "open": self._on_open,
            "deposit": self._on_deposit,
            "withdraw": self._on_withdraw,
            "freeze": self._on_freeze,
        }

    def _next(self):
        self._seq += 1
        return self._seq

    def get(self, name):
        try:
            return self.accounts[name]
        except KeyError as exc:
            raise UnknownAccount(f"no such account", account=name) from exc

    def apply(self, kind, account, amount=Money(), memo=""):
        ev = Event(self._next(), kind, account, amount, memo)
        handler = self.handlers.get(kind)
        if handler is None:
            raise LedgerError(f"unknown event kind {kind!r}")
        handler(ev)
        self.events.append(ev)
        return ev

    def _on_open(self, ev):
        if ev.account in self.accounts:
            raise LedgerError("already open", account=ev.account)
        self.accounts[ev.account] = Account(ev.account)

    def _on_deposit(self, ev):
        acct = self.get(ev.account)
        if acct.frozen:
            raise FrozenAccount("cannot deposit", account=acct.name)
        acct.balance = acct.balance + ev.amount
        acct.history.append(ev.seq)

    def _on_withdraw(self, ev):
        acct = self.get(ev.account)
        if acct.frozen:
            raise FrozenAccount("cannot withdraw", account=acct.name)
        acct.balance -= ev.amount
        acct.history.append(ev.seq)

    def _on_freeze(self, ev):
        self.get(ev.account).frozen = True

    def transfer(self, src, dst, amount):
        try:
            self.apply("withdraw", src, amount, f"to {dst}")
            try:
                self.apply("deposit", dst, amount, f"from {src}")
            except LedgerError as inner:
                self.apply("deposit", src, amount, "refund")
                raise LedgerError("transfer rolled back") from inner
        except InsufficientFunds:
            raise
        finally:
            self.transfers = getattr(self, "transfers", 0) + 1

    def replay(self):
        fresh = Ledger()
        for ev in self.events:
            fresh.apply(ev.kind, ev.account, ev.amount, ev.memo)
        return fresh


def describe(exc):
    parts = [f"{type(exc).__name__}: {exc}"]
    cause = exc.__cause__
    ctx = exc.__context__
    while cause is not None or ctx is not None:
        if cause is not None:
            parts.append(f"  caused by {type(cause).__name__}: {cause}")
            nxt = cause
        else:
            if exc.__suppress_context__:
                break
            parts.append(f"  during {type(ctx).__name__}: {ctx}")
            nxt = ctx
        exc = nxt
        cause = exc.__cause__
        ctx = exc.__context__
    return "\n".join(parts)


def main():
    led = Ledger()
    script = [
        ("open", "alice", "0"),
        ("open", "bob", "0"),
        ("open", "carol", "0"),
        ("deposit", "alice", "1250.5"),
        ("deposit", "bob", "99.99"),
        ("withdraw", "bob", "100"),
        ("deposit", "dave", "1"),
        ("open", "alice", "0"),
        ("withdraw", "alice", "250.50"),
        ("freeze", "carol", "0"),
        ("launder", "alice", "5"),
    ]
    for kind, who, amt in script:
        try:
            ev = led.apply(kind, who, Money.parse(amt))
            print(f"ok  {ev.seq:>3} {ev.kind:<9}{ev.account:>6} {ev.amount:>12}")
        except LedgerError as e:
            print("ERR", describe(e))
            print("    isinstance KeyError:", isinstance(e, KeyError), "args:", e.args)

    for src, dst, amt in [("alice", "bob", "100"), ("alice", "carol", "50"), ("bob", "alice", "10000")]:
        try:
            led.transfer(src, dst, Money.parse(amt))
            print(f"transfer {src}->{dst} {amt} ok")
        except LedgerError as e:
            print("transfer failed:", describe(e))
    print("transfers attempted:", led.transfers)

    for acct in led.accounts.values():
        print(repr(acct), acct.history)

    total = sum(a.balance for a in led.accounts.values())
    print("total:", total, repr(total), f"[{total:^14}]")
    richest = max(led.accounts.values(), key=lambda a: a.balance)
    print("richest:", richest.name)
    ranked = sorted(led.accounts.values(), key=operator.attrgetter("balance"), reverse=True)
    print("ranked:", [a.name for a in ranked])

    by_kind = defaultdict(list)
    for ev in led.events:
        by_kind[ev.kind].append(ev.seq)
    print(dict(by_kind))
    sums = {k: reduce(operator.add, (e.amount for e in led.events if e.kind == k), Money())
            for k in sorted(by_kind)}
    print({k: str(v) for k, v in sums.items()})

    replayed = led.replay()
    same = all(replayed.accounts[n].balance == a.balance for n, a in led.accounts.items())
    print("replay equal:", same, len(replayed.events))
    print(led.events[3], led.events[3]._asdict())
    print(Money(5) in {Money(5): 1}, Money(3) * 4, 2 * Money(7), -Money(12345678))
    try:
        Money(1.5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        a = Account("x")
        a.nickname = "y"
    except AttributeError as e:
        print("AttributeError:", e)
    print(Money(1) <= Money(2), Money(3) >= Money(3), Money(1) > Money(2))
    try:
        Money(1) < 5
    except TypeError as e:
        print("TypeError:", e)


if __name__ == "__main__":
    main()
