# features: [constants]
# stages: [tokens, ast, dis]
x = (b'', b'abc', b'\xff\x00')
