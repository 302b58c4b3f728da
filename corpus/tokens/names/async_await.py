# features: [names]
# stages: [tokens]
async def f():
    await x
    async with a as b: pass
    async for i in y: pass
async = await = 1
