# features: [classes]
# stages: [run]
class Acct:
    def __init__(self): self.__balance = 10
    def bal(self): return self.__balance
a = Acct()
print(a.bal(), a._Acct__balance, sorted(vars(a)))
try:
    a.__balance
except AttributeError as e:
    print(e)
