# features: [scope]
# stages: [tokens, ast, dis]
def a():
    v = 0
    def b():
        def c():
            def d():
                return v
            return d
        return c
    return b
