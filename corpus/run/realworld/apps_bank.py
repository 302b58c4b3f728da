# features: [realworld, classes, properties, exceptions]
# stages: [run]
from decimal import Decimal
import itertools

class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} cannot withdraw {amount}: balance {account.balance}")
        self.account = account; self.amount = amount

class Account:
    _ids = itertools.count(1000)
    interest = Decimal("0.02")
    def __init__(self, owner, balance="0"):
        self.number = next(Account._ids)
        self.owner = owner
        self._balance = Decimal(balance)
        self.history = []
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("negative balance")
        self._balance = v
    @classmethod
    def from_string(cls, s):
        owner, bal = s.split(":")
        return cls(owner, bal)
    @staticmethod
    def fmt(amount):
        return f"${amount:,.2f}"
    def deposit(self, amount):
        amount = Decimal(amount)
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount; self.history.append(("dep", amount))
        return self
    def withdraw(self, amount):
        amount = Decimal(amount)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount; self.history.append(("wd", amount))
        return self
    def add_interest(self):
        gain = (self.balance * self.interest).quantize(Decimal("0.01"))
        self.deposit(gain) if gain > 0 else None
        return gain
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {str(self.balance)!r})"
    def __eq__(self, other):
        return isinstance(other, Account) and self.number == other.number
    def __hash__(self):
        return hash(self.number)
    def __lt__(self, other):
        return self.balance < other.balance

class Savings(Account):
    interest = Decimal("0.05")
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise BankError("savings withdrawal limit reached")
        return super().withdraw(amount)

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, acct):
        self.accounts[acct.number] = acct; return acct
    def transfer(self, a, b, amt):
        try:
            self.accounts[a].withdraw(amt)
        except KeyError:
            raise BankError(f"no account {a}") from None
        self.accounts[b].deposit(amt)
    def total(self):
        return sum((a.balance for a in self.accounts.values()), Decimal(0))

bank = Bank()
a = bank.open(Account("alice", "100.50"))
b = bank.open(Savings.from_string("bob:2500"))
c = bank.open(Account("carol"))
a.deposit("20").deposit("0.25")
print(a, b, c, a.number, b.number)
bank.transfer(b.number, c.number, "300")
print(Account.fmt(b.balance), Account.fmt(c.balance))
for args in [(a.number, c.number, "1000"), (9999, a.number, "1"), (b.number, a.number, "1"), (b.number, a.number, "1")]:
    try:
        bank.transfer(*args)
        print("ok", args)
    except InsufficientFunds as e:
        print("insufficient:", e, e.amount)
    except BankError as e:
        print("bank error:", e, repr(e.__cause__), e.__suppress_context__)
try:
    a.deposit("-5")
except ValueError as e:
    print(e)
try:
    c.balance = Decimal(-1)
except ValueError as e:
    print(e)
print([acct.add_interest() for acct in bank.accounts.values()])
print(sorted(bank.accounts.values()))
print(max(bank.accounts.values()).owner, bank.total())
print(a == bank.accounts[a.number], a == b, len({a, b, c, a}))
print(b.history)
