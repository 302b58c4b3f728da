# features: [class]
# stages: [tokens, ast, dis]
class A:
    class B:
        class C:
            pass
