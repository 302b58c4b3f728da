# features: [displays]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
{x, y for x in z}
