# features: [fstring]
# stages: [tokens, ast, dis]
def f(a, w, p):
    return f'{a:{w}.{p}}'
