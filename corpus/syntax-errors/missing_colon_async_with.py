# features: [async_with]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
async def f():
    async with x
    pass
