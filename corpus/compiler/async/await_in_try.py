# features: [async]
# stages: [tokens, ast, dis]
async def f(x):
    try:
        await x
    except Exception:
        pass
