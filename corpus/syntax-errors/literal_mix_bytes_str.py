# features: [literals]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
b'a' 'b'
