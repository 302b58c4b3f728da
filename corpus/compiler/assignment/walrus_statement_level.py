# features: [assignment]
# stages: [tokens, ast, dis]
if (n := 10) > 5:
    print(n)
