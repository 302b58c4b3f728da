# features: [while]
# stages: [tokens, ast, dis]
def f(it):
    while True:
        x = next(it)
        if x:
            break
    return x
