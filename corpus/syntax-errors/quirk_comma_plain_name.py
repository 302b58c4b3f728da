# features: [quirks]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
x = (f a)
