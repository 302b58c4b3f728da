# features: [comprehension]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
[1 for a if b else c in y]
