# features: [call]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f(f()=1)
