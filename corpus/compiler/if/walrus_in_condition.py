# features: [if]
# stages: [tokens, ast, dis]
def f(d):
    if (v := d.get('k')) is not None:
        return v
