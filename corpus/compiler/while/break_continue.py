# features: [while]
# stages: [tokens, ast, dis]
def f(n):
    while n:
        n -= 1
        if n % 2:
            continue
        if n < 3:
            break
    return n
