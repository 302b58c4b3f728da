# features: [statements]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
global 1
