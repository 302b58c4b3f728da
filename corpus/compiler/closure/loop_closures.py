# features: [closure]
# stages: [tokens, ast, dis]
def f():
    fs = []
    for i in range(3):
        def g(): return i
        fs.append(g)
    return fs
