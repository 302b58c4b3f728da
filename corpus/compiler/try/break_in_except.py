# features: [try]
# stages: [tokens, ast, dis]
def f(xs):
    for x in xs:
        try:
            g(x)
        except Exception:
            break
