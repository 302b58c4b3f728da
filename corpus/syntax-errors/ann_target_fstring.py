# features: [annotation]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f'{x}': int = 1
