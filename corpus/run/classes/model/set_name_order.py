# features: [classes]
# stages: [run]
class D:
    def __init__(self, label): self.label = label
    def __set_name__(self, owner, name):
        print('set_name', self.label, owner.__name__, name)
class K:
    first = D(1)
    second = D(2)
    third = [D(3)]
K.late = D(4)
print('done')
