# features: [scope]
# stages: [tokens, ast, dis]
def f():
    return locals(), globals(), vars()
