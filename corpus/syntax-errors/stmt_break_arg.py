# features: [statements]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
break 1
