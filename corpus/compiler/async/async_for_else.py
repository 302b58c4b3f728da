# features: [async]
# stages: [tokens, ast, dis]
async def f(ait):
    async for x in ait:
        break
    else:
        return 0
