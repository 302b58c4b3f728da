# features: [test_tokenize]
# stages: [tokens]
async = 1
await = 1
async += 1
async def foo(): pass
async def foo():
    await
async def foo():
    def foo(await):
        await = 1
    if 1:
        await
async += 1
