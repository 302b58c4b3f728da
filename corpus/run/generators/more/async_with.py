# features: [generators, coroutines]
# stages: [run]
class ACM:
    async def __aenter__(self):
        print('aenter'); return 'res'
    async def __aexit__(self, *exc):
        print('aexit', exc[0]); return True
async def main():
    async with ACM() as r:
        print('using', r)
        raise ValueError('hidden')
    return 'ok'
def drive(c):
    try:
        while True: c.send(None)
    except StopIteration as e:
        return e.value
print(drive(main()))
