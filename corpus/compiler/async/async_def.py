# features: [async]
# stages: [tokens, ast, dis]
async def f():
    return 1
