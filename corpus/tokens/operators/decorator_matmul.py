# features: [operators]
# stages: [tokens]
@dec
def f(): return a @ b
m @= n
