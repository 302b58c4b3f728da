# features: [statements]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
def f() -> : pass
