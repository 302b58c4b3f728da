# features: [statements]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
١x = 1
