# features: [fstring]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f'{**a}'
