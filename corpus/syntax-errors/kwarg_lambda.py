# features: [call]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f(lambda: 1=1)
