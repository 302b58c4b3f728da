# features: [async_def]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
async def f()
    pass
