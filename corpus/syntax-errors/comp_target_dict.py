# features: [comprehension]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
[1 for {} in y]
