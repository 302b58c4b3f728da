# features: [misc]
# stages: [run]
class U:
    @staticmethod
    def helper(x): return x * 2
    table = [helper.__func__(1) if hasattr(helper, '__func__') else None]
    def use(self): return self.helper(5)
print(U.table, U().use(), U.helper(3))
