# features: [control-flow]
# stages: [run]
def shape(p):
    match p:
        case []: return 'empty'
        case [x]: return f'one {x}'
        case [x, y]: return f'two {x} {y}'
        case [x, *rest] if len(rest) > 2: return f'many {x} {rest}'
        case (x, _, z): return f'three {x} {z}'
        case _: return 'other'
print([shape(v) for v in [[], [1], (1, 2), [1, 2, 3], [1, 2, 3, 4, 5], 'ab', {1}]])
