# features: [for]
# stages: [tokens, ast, dis]
def f(xs):
    for x in xs:
        if not x:
            continue
        print(x)
