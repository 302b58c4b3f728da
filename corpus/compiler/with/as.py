# features: [with]
# stages: [tokens, ast, dis]
def f(path):
    with open(path) as fh:
        return fh.read()
