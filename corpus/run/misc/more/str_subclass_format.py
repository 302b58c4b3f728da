# features: [misc]
# stages: [run]
class Tag(str):
    def __str__(self): return '<' + self + '>'
t = Tag('b')
print(t, str(t), repr(t), t + 'x', f'{t}', '%s' % t, t.upper(), type(t.upper()).__name__, len(t))
