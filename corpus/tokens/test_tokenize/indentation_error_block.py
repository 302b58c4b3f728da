# features: [test_tokenize, indentation]
# stages: [tokens]
# expect-error: tokens IndentationError
def k(x):
    x += 2
  x += 5
