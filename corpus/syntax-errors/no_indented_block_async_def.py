# features: [indentation, async_def]
# stages: [tokens, ast]
# expect-error: ast IndentationError
async def f():
x = 1
