# features: [call]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f({x: y for x in z}=1)
