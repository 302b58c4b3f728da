# features: [del]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
del {x: y for x in z}
