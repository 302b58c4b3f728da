# features: [if]
# stages: [tokens, ast, dis]
def f(x):
    if x:
        pass
