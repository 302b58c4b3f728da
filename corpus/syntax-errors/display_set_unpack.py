# features: [displays]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
{*x for x in y}
