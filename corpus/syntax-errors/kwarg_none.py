# features: [call]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f(None=1)
