# features: [classic]
# stages: [run]
squares = [n * n for n in range(10) if n % 3]
loop = []
for n in range(10):
    if n % 3:
        loop.append(n * n)
print(squares, loop, squares == loop)
