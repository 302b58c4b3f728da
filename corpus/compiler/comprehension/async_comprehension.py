# features: [comprehension]
# stages: [tokens, ast, dis]
async def f(ait):
    return [x async for x in ait]
