# features: [assert]
# stages: [tokens, ast, dis]
assert True
