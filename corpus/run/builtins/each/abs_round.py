# features: [builtins, abs_round]
# stages: [run]
print(abs(-3), abs(2.5), abs(-0.0), abs(3 + 4j), abs(True), round(2.5), round(3.5), round(-2.5), round(1.23456, 3), round(1234, -2), round(0.5, None), type(round(2.5, 0)).__name__)
class R:
    def __round__(self, n=None): return ('round', n)
    def __abs__(self): return 'abs'
print(round(R()), round(R(), 2), abs(R()))
