# features: [async]
# stages: [tokens, ast, dis]
async def f(x):
    return await x
