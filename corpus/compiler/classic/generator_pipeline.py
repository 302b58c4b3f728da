# features: [classic]
# stages: [tokens, ast, dis, run]
def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i
print(sum(x * x for x in evens(20)))
