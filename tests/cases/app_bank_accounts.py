# A bank simulation: custom exception hierarchy, raise from / chaining, try/else/finally,
# properties with setters and deleters, notes and except*.
class BankError(Exception):
    """Base."""
class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        self.account = account; self.amount = amount
        super().__init__(f"{account.owner} lacks {amount - account.balance:.2f}")
class AccountLocked(BankError):
    pass
class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
        self.locked = False
    @property
    def balance(self): return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0: raise ValueError("negative balance")
        self._balance = v
    @balance.deleter
    def balance(self): raise AttributeError("can't delete balance")
    def withdraw(self, amt):
        if self.locked: raise AccountLocked(self.id)
        if amt > self._balance: raise InsufficientFunds(self, amt)
        self._balance -= amt
        self.history.append(-amt)
    def deposit(self, amt):
        if amt <= 0: raise ValueError(f"invalid amount: {amt!r}")
        self._balance += amt
        self.history.append(amt)
    def __repr__(self): return f"<Account {self.id} {self.owner}: {self._balance:,.2f}>"
class Bank:
    def __init__(self): self.accounts = {}
    def open(self, owner, initial=0):
        a = Account(owner, initial); self.accounts[a.id] = a; return a
    def transfer(self, src, dst, amt):
        try:
            self.accounts[src].withdraw(amt)
        except KeyError as e:
            raise BankError(f"no account {src}") from e
        except InsufficientFunds:
            raise
        else:
            try:
                self.accounts[dst].deposit(amt)
            except KeyError:
                self.accounts[src].deposit(amt)
                raise BankError(f"rollback: no account {dst}")
        finally:
            print(f"  transfer {src}->{dst} {amt} attempted")
bank = Bank()
a = bank.open("alice", 100); b = bank.open("bob")
for args in [(a.id, b.id, 30), (a.id, b.id, 500), (999, b.id, 1), (a.id, 12345, 5)]:
    try:
        bank.transfer(*args)
        print("ok", a, b)
    except InsufficientFunds as e:
        print("Insufficient:", e, e.amount, e.account.owner)
    except BankError as e:
        print("BankError:", e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__))
b.locked = True
try:
    b.withdraw(1)
except BankError as e:
    print(type(e).__name__, e.args, str(e), isinstance(e, Exception), BankError.__doc__)
try:
    a.balance = -5
except ValueError as e:
    print("ValueError", e)
try:
    del a.balance
except AttributeError as e:
    print("AttributeError", e)
try:
    a.deposit(-1)
except ValueError as e:
    print(e)
print(a.history, sum(a.history), b.history)
def risky(n):
    try:
        if n == 0: raise ValueError("zero")
        if n == 1: raise TypeError("one")
        return "fine"
    except ValueError:
        return "caught value"
    finally:
        print("  finally", n)
for n in range(3):
    try: print(risky(n))
    except TypeError as e: print("escaped", e)
def nested():
    try:
        try:
            raise KeyError("inner")
        except KeyError as e:
            raise RuntimeError("middle") from e
    except RuntimeError as e:
        raise ValueError("outer")
try:
    nested()
except ValueError as e:
    c = e
    chain = []
    while c is not None:
        chain.append(f"{type(c).__name__}({c})")
        c = c.__cause__ or c.__context__
    print(" <- ".join(chain))
e = ValueError("x", 2)
print(e.args, str(e), repr(e), str(ValueError()), repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
try:
    raise BankError
except BankError as e:
    print(repr(e), e.args)
class WithNotes(Exception): pass
err = WithNotes("base")
err.add_note("note 1"); err.add_note("note 2")
print(err.__notes__)
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("vals", [str(x) for x in eg.exceptions])
except* TypeError as eg:
    print("types", eg.exceptions)
print(issubclass(InsufficientFunds, BankError), InsufficientFunds.__mro__[1:3], InsufficientFunds.__bases__)
e2 = OSError(2, "No such file")
print(e2.errno, e2.strerror, str(e2), type(OSError(2, "x")).__name__, FileNotFoundError.__mro__[1].__name__)
try:
    raise StopIteration(5)
except StopIteration as s:
    print(s.value, s.args)
print(repr(SystemExit(3)), SystemExit(3).code, KeyboardInterrupt.__mro__[1].__name__)
