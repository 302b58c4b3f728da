# features: [class]
# stages: [tokens, ast, dis]
class C:
    x: int
    y: str = 'a'
