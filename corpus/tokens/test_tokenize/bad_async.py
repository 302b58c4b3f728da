# features: [test_tokenize]
# stages: [tokens]
async def foo():
  async def foo(): await 1
