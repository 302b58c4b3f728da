# features: [fstring]
# stages: [tokens, ast, dis]
def f(a):
    return f'{a:>10} {a:.2f} {a:#x}'
