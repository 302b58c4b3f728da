# features: [builtins, input]
# stages: [run]
try:
    input()
except EOFError as e:
    print('EOFError', repr(e))
try:
    input('prompt> ')
except EOFError as e:
    print('\nEOF again', e.args)
