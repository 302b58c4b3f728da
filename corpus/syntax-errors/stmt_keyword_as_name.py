# features: [statements]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
class = 1
