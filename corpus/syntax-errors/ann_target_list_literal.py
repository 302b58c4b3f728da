# features: [annotation]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
[a, 1]: int = 1
