# features: [displays]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
]
