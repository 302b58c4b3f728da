# features: [statements]
# stages: [tokens, ast]
# expect-error: ast IndentationError
def f():
    def g():

