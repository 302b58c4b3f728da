# features: [quirks]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
i{f a is None}
