# features: [comprehension]
# stages: [tokens, ast, dis]
async def f(xs):
    return [await x for x in xs]
