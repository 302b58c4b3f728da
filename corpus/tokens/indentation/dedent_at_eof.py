# features: [indentation]
# stages: [tokens]
class A:
    def f(self):
        return 1
