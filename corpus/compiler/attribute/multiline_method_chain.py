# features: [attribute]
# stages: [tokens, ast, dis]
def f(s):
    return (s
            .strip()
            .lower())
