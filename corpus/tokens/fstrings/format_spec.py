# features: [fstrings]
# stages: [tokens]
f'{x:{width}.{prec}}' f'{x=}' f'{x = !r:^20}'
