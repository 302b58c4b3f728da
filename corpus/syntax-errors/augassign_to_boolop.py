# features: [augassign]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
a and b += 1
