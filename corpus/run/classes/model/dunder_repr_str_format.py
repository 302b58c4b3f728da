# features: [classes]
# stages: [run]
class Money:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'Money({self.v!r})'
    def __str__(self): return f'${self.v:.2f}'
    def __format__(self, spec): return f'<{spec}:{self.v}>' if spec else str(self)
m = Money(3.5)
print(m, repr(m), [m], f'{m}', f'{m:x}', format(m, 'y'), str([m]), '%s %r' % (m, m))
class OnlyRepr:
    def __repr__(self): return 'OR'
print(str(OnlyRepr()), f'{OnlyRepr()}', format(OnlyRepr()))
