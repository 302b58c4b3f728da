# features: [comprehension]
# stages: [tokens, ast, dis]
def f(d):
    return [k for k, v in d.items() if v]
