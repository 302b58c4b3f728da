# features: [attribute]
# stages: [tokens, ast, dis]
def f(o):
    o.x = o.y
    del o.z
