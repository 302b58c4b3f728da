# features: [fstring]
# stages: [tokens]
f'{x:{width}.{prec}}' f'{x=}' f'{x = !r:^20}'
