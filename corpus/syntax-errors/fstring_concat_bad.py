# features: [fstring]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
'x' f'{a b}' 'y'
