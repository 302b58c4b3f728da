# features: [class]
# stages: [tokens, ast, dis]
class C:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
