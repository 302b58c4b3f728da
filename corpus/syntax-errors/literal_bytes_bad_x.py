# features: [literals]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
b'\x4'
