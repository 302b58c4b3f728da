# features: [test_tokenize]
# stages: [tokens]
x = '''
abc'''
y = """
"""
x = u'abc' + U'ABC'
