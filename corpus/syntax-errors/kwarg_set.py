# features: [call]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f({a}=1)
