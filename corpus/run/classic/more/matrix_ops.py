# features: [classic]
# stages: [run]
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
mul = [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]
print(mul, list(zip(*A)), [[A[i][j] + B[i][j] for j in range(2)] for i in range(2)])
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(I)
