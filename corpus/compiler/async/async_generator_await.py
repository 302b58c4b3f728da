# features: [async]
# stages: [tokens, ast, dis]
async def f(x):
    yield await x
