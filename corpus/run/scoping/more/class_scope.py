# features: [scoping, functions]
# stages: [run]
x = 'module'
class C:
    x = 'class'
    y = x
    def m(self):
        return x
    z = [x for _ in range(1)]
print(C.y, C().m(), C.z)
def f():
    v = 'func'
    class D:
        w = v
        u = w + '-copy'
    return D.w, D.u
print(f())
