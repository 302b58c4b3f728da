# features: [fstring]
# stages: [tokens, ast, dis]
def f(a, b):
    return f'a={a} b={b}!'
