# features: [constants]
# stages: [tokens, ast, dis]
x = ('', 'a', 'hello world', 'é', '😀', '\x00')
