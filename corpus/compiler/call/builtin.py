# features: [call]
# stages: [tokens, ast, dis]
def f(x):
    return len(x), print(x)
