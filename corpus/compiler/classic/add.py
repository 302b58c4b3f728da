# features: [classic]
# stages: [tokens, ast, dis, run]
x = 10 + 5
print(x)
