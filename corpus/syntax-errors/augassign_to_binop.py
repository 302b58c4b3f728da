# features: [augassign]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
a + b += 1
