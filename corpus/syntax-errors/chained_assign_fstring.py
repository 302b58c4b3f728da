# features: [assignment]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
a = f'{x}' = 1
