# features: [async]
# stages: [tokens, ast, dis]
async def f():
    yield 1
