# features: [test_tokenize]
# stages: [tokens]
def d22(a, b, c=2, d=2, *k): pass
def d01v_(a=1, *k, **w): pass
def d23(a: str, b: int=3) -> int: pass
