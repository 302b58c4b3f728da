# features: [literals]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
'\N{NOT A REAL NAME AT ALL}'
