# features: [function]
# stages: [tokens, ast, dis]
def f(a: int, b: 'str' = '', *c: float, d: list = None, **e: dict) -> bool:
    return True
