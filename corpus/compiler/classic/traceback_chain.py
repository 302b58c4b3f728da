# features: [classic]
# stages: [tokens, ast, dis, run]
def b():
    raise ValueError('boom')
def a():
    b()
try:
    a()
except ValueError as e:
    print('caught', e)
