# features: [async]
# stages: [tokens, ast, dis]
async def f(g):
    return await g(lambda: 1)
