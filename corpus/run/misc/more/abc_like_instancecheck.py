# features: [misc]
# stages: [run]
class Duck:
    def quack(self): return 'quack'
class QuackMeta(type):
    def __instancecheck__(cls, obj): return hasattr(obj, 'quack')
class Quacker(metaclass=QuackMeta): pass
print(isinstance(Duck(), Quacker), isinstance(1, Quacker), isinstance(Duck(), (int, Quacker)))
