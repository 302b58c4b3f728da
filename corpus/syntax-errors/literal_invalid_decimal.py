# features: [literals]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
1_
