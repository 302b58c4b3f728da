# features: [classic]
# stages: [tokens, ast, dis, run]
def kind(x):
    match x:
        case int():
            return 'int'
        case [_, *_]:
            return 'seq'
        case _:
            return 'other'
print(kind(1), kind([1, 2]), kind('s'))
