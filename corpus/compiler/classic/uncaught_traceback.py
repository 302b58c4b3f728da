# features: [classic]
# stages: [tokens, ast, dis, run]
def b():
    return 1 / 0

def a():
    return b() + 1

print('before')
a()
