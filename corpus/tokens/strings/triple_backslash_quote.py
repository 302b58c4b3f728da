# features: [strings]
# stages: [tokens]
x = '''a\''''
y = """\""""
