# features: [fstring]
# stages: [tokens, ast, dis]
def f(a):
    return 'x' f'{a}' 'y'
