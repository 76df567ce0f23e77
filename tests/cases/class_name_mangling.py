# Private names with two leading underscores are mangled per class.
class Account:
    def __init__(self):
        self.__balance = 100
        self._protected = "single underscore is not mangled"
    def balance(self):
        return self.__balance
    def __secret(self):
        return "secret method"
    def call_secret(self):
        return self.__secret()

a = Account()
print(a.balance(), a._protected, a.call_secret())
print(hasattr(a, "__balance"), hasattr(a, "_Account__balance"), a._Account__balance)
try:
    a.__secret()
except AttributeError as e:
    print("AttributeError:", e)

class Child(Account):
    def __init__(self):
        super().__init__()
        self.__balance = "child's own"
    def both(self):
        return self.__balance, self.balance()
c = Child()
print(c.both())
print(sorted(k for k in vars(c)))
class Dunder:
    __not_mangled__ = "dunder names stay"
print(Dunder.__not_mangled__)
