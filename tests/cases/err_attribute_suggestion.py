# CPython 3.11 adds "Did you mean" to uncaught AttributeErrors with a close match.
class Account:
    def __init__(self):
        self.balance = 100

acct = Account()
print(acct.balance)
print(acct.balanse)
