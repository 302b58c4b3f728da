# features: [annotation]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
...: int = 1
