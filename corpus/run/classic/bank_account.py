# features: [classic, classes, exceptions]
# stages: [run]
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed

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
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"Account(#{self.id}, {self.owner!r}, {self.balance})"
    def __eq__(self, other):
        return isinstance(other, Account) and self.id == other.id
    __hash__ = object.__hash__

a = Account("ann", 100).deposit(50).withdraw(30)
b = Account("bob")
print(a, b, a.history, a == b, a == a)
for op in [lambda: b.withdraw(10), lambda: a.deposit(-5), lambda: a.withdraw(500)]:
    try:
        op()
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e, getattr(e, "needed", None))
accounts = {a: "primary", b: "secondary"}
print(accounts[a], len(accounts), sorted(acc.owner for acc in accounts))
