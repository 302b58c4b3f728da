# features: [call]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f((x for x in y)=1)
