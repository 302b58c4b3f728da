# features: [quirks]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
exec 'x' [1
