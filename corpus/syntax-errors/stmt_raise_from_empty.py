# features: [statements]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
raise E from
