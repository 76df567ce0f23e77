# A small object-oriented program: accounts, transfers, errors and a report.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot pay {amount}")
        self.account = account

class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self.balance})"

class Savings(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)

alice = Account("alice", 100)
bob = Savings("bob", 50)
transfer(alice, bob, 30)
print(alice, bob)
try:
    transfer(bob, alice, 500)
except InsufficientFunds as e:
    print("failed:", e, "| account:", e.account)
try:
    alice.deposit(-5)
except ValueError as e:
    print("failed:", e)
print(bob.add_interest(), bob)
for acct in sorted([alice, bob], key=lambda a: -a.balance):
    print(f"{acct.owner:<6}{acct.balance:>10.2f}", acct.history)
