# features: [ifexp]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
x = a if b
