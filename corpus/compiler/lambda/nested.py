# features: [lambda]
# stages: [tokens, ast, dis]
f = lambda x: lambda y: x * y
