# features: [async]
# stages: [tokens, ast, dis]
async def f():
    async def g():
        return 1
    return await g()
