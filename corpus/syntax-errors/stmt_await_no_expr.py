# features: [statements]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
async def f():
    await
