# features: [while]
# stages: [tokens, ast, dis]
i = 0
while i < 3:
    i += 1
