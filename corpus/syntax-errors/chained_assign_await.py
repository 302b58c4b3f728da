# features: [assignment]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
a = await x = 1
