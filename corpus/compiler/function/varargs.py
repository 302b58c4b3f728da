# features: [function]
# stages: [tokens, ast, dis]
def f(*args, **kwargs):
    return args, kwargs
