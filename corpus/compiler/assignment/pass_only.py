# features: [assignment]
# stages: [tokens, ast, dis]
pass
