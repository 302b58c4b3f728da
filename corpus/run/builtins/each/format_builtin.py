# features: [builtins, format_builtin]
# stages: [run]
print(format(12), format(3.5, '08.3f'), format('s', '>4'), format(255, 'x'), format(True), format(None), format([1]), format(1e100))
try:
    format(object(), 'x')
except TypeError as e:
    print(e)
try:
    format(1, 'q')
except ValueError as e:
    print(e)
