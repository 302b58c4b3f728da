# features: [assignment]
# stages: [tokens, ast, dis]
(x): int = 1
