# features: [augassign]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f'{x}' += 1
