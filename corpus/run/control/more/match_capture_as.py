# features: [control-flow]
# stages: [run]
def f(cmd):
    match cmd.split():
        case ['go', ('north' | 'south') as d]: return 'going ' + d
        case ['take', *items]: return 'taking ' + ','.join(items)
        case [('quit' | 'exit')]: return 'bye'
        case [verb, *_] : return 'unknown ' + verb
        case []: return 'nothing'
print([f(c) for c in ['go north', 'go west', 'take a b c', 'quit', 'dance now', '']])
