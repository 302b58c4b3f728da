# features: [function]
# stages: [tokens, ast, dis]
def f():
    '''The doc.'''
