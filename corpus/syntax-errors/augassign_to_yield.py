# features: [augassign]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
(yield) += 1
