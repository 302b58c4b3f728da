# features: [del]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
del {x for x in y}
