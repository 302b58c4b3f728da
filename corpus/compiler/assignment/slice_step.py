# features: [assignment]
# stages: [tokens, ast, dis]
lst = [0] * 10
lst[::2] = [1] * 5
