# features: [call]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f((a, f())=1)
