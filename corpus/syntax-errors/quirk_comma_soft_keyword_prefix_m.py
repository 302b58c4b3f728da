# features: [quirks]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f(m bc.X)
