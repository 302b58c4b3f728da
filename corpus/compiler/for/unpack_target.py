# features: [for]
# stages: [tokens, ast, dis]
def f(d):
    for k, v in d.items():
        print(k, v)
