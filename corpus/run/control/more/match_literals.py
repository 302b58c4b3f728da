# features: [control-flow]
# stages: [run]
def kind(x):
    match x:
        case 0 | 1: return 'bit'
        case 'a' | 'b': return 'letter'
        case None: return 'none'
        case True: return 'true'
        case int(): return 'int'
        case str() if len(x) > 3: return 'long str'
        case _: return 'other'
print([kind(v) for v in [0, 1, 'a', None, True, 7, 'hello', 'hi', 2.5]])
