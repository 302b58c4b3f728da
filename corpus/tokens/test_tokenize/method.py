# features: [test_tokenize]
# stages: [tokens]
@staticmethod
def foo(x,y): pass
