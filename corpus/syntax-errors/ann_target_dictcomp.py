# features: [annotation]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
{x: y for x in z}: int = 1
