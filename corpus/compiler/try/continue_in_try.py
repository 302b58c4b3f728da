# features: [try]
# stages: [tokens, ast, dis]
def f(xs):
    for x in xs:
        try:
            continue
        finally:
            h()
