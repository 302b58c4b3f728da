# features: [assignment]
# stages: [tokens, ast, dis]
x: int = 3
y: 'str'
