# features: [call]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f(1=1)
