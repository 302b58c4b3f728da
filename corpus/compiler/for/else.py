# features: [for]
# stages: [tokens, ast, dis]
def f(xs):
    for x in xs:
        if x:
            break
    else:
        return None
    return x
