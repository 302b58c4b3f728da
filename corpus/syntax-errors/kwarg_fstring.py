# features: [call]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f(f'{x}'=1)
