# features: [for]
# stages: [tokens, ast, dis]
for i in range(3):
    print(i)
