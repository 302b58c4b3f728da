# features: [augassign]
# stages: [tokens, ast, dis]
x = 1
x += 2
x -= 1
x *= 3
x //= 2
x **= 2
x %= 7
