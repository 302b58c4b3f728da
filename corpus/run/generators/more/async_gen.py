# features: [generators, coroutines]
# stages: [run]
class Yield:
    def __await__(self):
        yield
async def agen(n):
    for i in range(n):
        await Yield()
        yield i * 10
async def main():
    out = []
    async for v in agen(3):
        out.append(v)
    out2 = [v async for v in agen(2)]
    return out, out2
c = main()
try:
    while True:
        c.send(None)
except StopIteration as e:
    print(e.value)
