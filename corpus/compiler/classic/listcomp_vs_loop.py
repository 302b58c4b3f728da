# features: [classic]
# stages: [tokens, ast, dis, run]
squares = [n * n for n in range(5)]
loop = []
for n in range(5):
    loop.append(n * n)
print(squares == loop, squares)
