# features: [statements]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f(a.b = 1 for x in y)
