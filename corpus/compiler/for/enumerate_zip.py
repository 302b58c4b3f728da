# features: [for]
# stages: [tokens, ast, dis]
def f(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        print(i, x, y)
