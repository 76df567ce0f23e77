# Bank transfers with an exception hierarchy, raise from, context managers that roll back, finally/else, except*, ending in an uncaught chained exception.
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        super().__init__(account, needed)
        self.account = account; self.needed = needed
    def __str__(self):
        return f"account {self.account} short by {self.needed}"
class FrozenAccount(BankError):
    pass

class Ledger:
    def __init__(self):
        self.entries = []
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        self.mark = len(self.entries)
        print("  begin txn", self.depth)
        return self
    def __exit__(self, et, ev, tb):
        self.depth -= 1
        if et is not None:
            del self.entries[self.mark:]
            print("  rollback:", et.__name__, ev)
            return issubclass(et, FrozenAccount)
        print("  commit", len(self.entries))
        return False

class Bank:
    def __init__(self):
        self.bal = {"alice": 100, "bob": 50, "carol": 0}
        self.frozen = {"carol"}
        self.ledger = Ledger()
    def withdraw(self, who, amt):
        if who in self.frozen:
            raise FrozenAccount(who)
        try:
            b = self.bal[who]
        except KeyError as e:
            raise BankError(f"no account {who!r}") from e
        if b < amt:
            raise InsufficientFunds(who, amt - b)
        self.bal[who] = b - amt
        self.ledger.entries.append((who, -amt))
    def deposit(self, who, amt):
        self.bal[who] += amt
        self.ledger.entries.append((who, amt))
    def transfer(self, a, b, amt):
        with self.ledger:
            self.withdraw(a, amt)
            self.deposit(b, amt)

bank = Bank()
for a, b, amt in [("alice", "bob", 30), ("bob", "alice", 500), ("carol", "bob", 1), ("dave", "bob", 5), ("alice", "erin", 10)]:
    try:
        bank.transfer(a, b, amt)
    except InsufficientFunds as e:
        print("insufficient:", e, e.args, e.needed)
    except BankError as e:
        print("bank error:", e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), e.__suppress_context__)
    except Exception as e:
        print("other:", type(e).__name__, e)
    else:
        print("ok", bank.bal)
    finally:
        print("  ledger", bank.ledger.entries)

def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return i
print(g())
def h():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError as e:
            return e.__context__
print(repr(h()))
try:
    try:
        raise KeyError("x")
    finally:
        print("cleanup")
except KeyError as e:
    print("got", e, str(e), repr(e))
e = None
try:
    raise OSError(2, "No such file", "foo.txt")
except OSError as err:
    print(err, err.errno, err.strerror, err.filename, type(err).__name__)
    e = err
print(e.args)
try:
    raise ExceptionGroup("multi", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values", eg.exceptions)
except* TypeError as eg:
    print("types", eg.exceptions, eg.message)
x = BaseException()
print(repr(x), str(x), repr(Exception("a", 1)), str(Exception("a", 1)), str(KeyError()), repr(KeyError("a", "b")))
err = ValueError("note me")
err.add_note("first note")
err.add_note("second")
print(err.__notes__)
class Ctx:
    def __enter__(self): return "v"
    def __exit__(self, *a): print("exit args", a[0]); return True
with Ctx() as v, Ctx() as w:
    print(v, w)
    1/0
print("after suppress")
def chained():
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("lookup failed")
def chained2():
    try:
        chained()
    except RuntimeError as e:
        raise ValueError("outer") from e
try:
    chained2()
except ValueError as e:
    c = e
    while c:
        print(type(c).__name__, c, "suppress" if c.__suppress_context__ else "")
        c = c.__cause__ or c.__context__
chained2()
