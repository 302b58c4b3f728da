# features: [ifexp]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f(a if b)
