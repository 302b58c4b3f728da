# features: [tracebacks, carets, method-calls]
# stages: [run]
class Parser:
    def __init__(self, text):
        self.text = text
    def parse(self):
        return [self.convert(tok) for tok in self.text.split()]
    def convert(self, tok):
        return int(tok) * 2

p = Parser("1 2 three 4")
print(p.convert("5"))
p.parse()
