# features: [literals]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
'a' b'b'
