# features: [async]
# stages: [tokens, ast, dis]
async def f(cm):
    async with cm as c:
        return c
