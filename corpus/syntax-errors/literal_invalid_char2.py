# features: [literals]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
x = a ? b
