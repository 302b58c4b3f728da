# features: [call]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f(await x=1)
