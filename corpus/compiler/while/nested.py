# features: [while]
# stages: [tokens, ast, dis]
def f(n):
    while n:
        m = n
        while m:
            m -= 1
        n -= 1
