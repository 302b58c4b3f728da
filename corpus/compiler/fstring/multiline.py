# features: [fstring]
# stages: [tokens, ast, dis]
def f(a):
    return f'''{
a
}'''
