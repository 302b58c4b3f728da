# features: [quirks]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f(a (b c))
