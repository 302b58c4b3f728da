# features: [classes, logging, exceptions, realworld]
# stages: [run]
# flags: [needs-stdlib]
# Bank account OOP simulation with logging, custom exceptions and an uncaught error at the end.
import logging
import sys
from decimal import Decimal, ROUND_HALF_EVEN

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("bank")


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} cannot withdraw {amount}: balance {account.balance}")
        self.account = account
        self.amount = amount


class Account:
    _next = 1000
    rate = Decimal("0.015")

    def __init__(self, owner, balance="0"):
        Account._next += 1
        self.number = Account._next
        self.owner = owner
        self.balance = Decimal(balance)
        self.history = []
        log.info("opened %s for %s with %s", self.number, owner, self.balance)

    def deposit(self, amount):
        amount = Decimal(amount)
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
        log.debug("%s deposit %s -> %s", self.number, amount, self.balance)

    def withdraw(self, amount):
        amount = Decimal(amount)
        if amount > self.balance:
            log.warning("refused withdrawal of %s from %s", amount, self.number)
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))

    def add_interest(self):
        interest = (self.balance * self.rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
        self.balance += interest
        return interest

    def __repr__(self):
        return f"<Account {self.number} {self.owner!r} {self.balance}>"


class Savings(Account):
    rate = Decimal("0.035")

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise PermissionError("savings withdrawals limited to 2")
        super().withdraw(amount)


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        log.error("transfer failed: %s", e)
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        log.debug("transfer attempt %s -> %s (%s)", src.number, dst.number, amount)


a = Account("alice", "100.50")
b = Savings("bob", "2500")
a.deposit("49.50")
print(transfer(a, b, "500"), transfer(b, a, "300.25"), transfer(b, a, "1"))
print(a, b)
print([acct.add_interest() for acct in (a, b)], a.balance, b.balance)
try:
    b.withdraw("10")
except PermissionError as e:
    log.exception("limit reached")
try:
    a.deposit("-5")
except ValueError as e:
    print("ValueError:", e)
print(sorted([a, b], key=lambda x: x.balance), sum((x.balance for x in (a, b)), Decimal(0)))
logging.shutdown()
a.withdraw("100000")
