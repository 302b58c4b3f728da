# features: [call]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f(a, x for x in y if x)
