# features: [quirks]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
x = (ca b)
