# features: [augassign]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
1 += 1
