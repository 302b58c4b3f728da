# features: [tracebacks, uncaught-exception]
# stages: [run]
async def f():
    raise ValueError('async boom')
c = f()
c.send(None)
