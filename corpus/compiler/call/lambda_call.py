# features: [call]
# stages: [tokens, ast, dis]
def f():
    return (lambda x: x)(1)
