# features: [async_for]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
async def f():
    async for x in y
    pass
