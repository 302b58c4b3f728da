# features: [def, parameters, decorators, async]
# stages: [tokens, ast, dis]
@decorator
@other.attr(1, k=2)
def f(a, /, b=2, *args, c, d=3, **kw) -> "ret":
    """doc"""
    return a + b * -c ** 2

async def g(x: int = 1, *, y: str) -> None:
    async with x as y, z:
        await foo(*a, **k)
    async for i in aiter():
        yield i
    return [i async for i in y]

def h(*, a): pass
def k(a, b, /): pass
lambda: 0
lambda x, /, y=1, *z, w, **v: (x, y)
