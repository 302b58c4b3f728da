# features: [strings]
# stages: [tokens]
x = '''it's "quoted" ''
'' done'''
