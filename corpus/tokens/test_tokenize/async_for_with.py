# features: [test_tokenize]
# stages: [tokens]
async def f():
  async for i in 1: pass
  async with 1 as a: pass
async for
async with
