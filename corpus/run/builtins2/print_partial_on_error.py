# features: [print, str, exceptions, int-max-str-digits]
# stages: [run]
# print() writes each separator and argument in turn: when str() of an argument raises, what came before it has
# already been written, and the next output continues that line.
class Bad:
    def __str__(self):
        raise ValueError("no str")

for args in [("a", Bad(), "c"), (1, 2, Bad()), (Bad(),), ("x", 10 ** 5000)]:
    try:
        print(*args, sep="|")
    except ValueError as e:
        print("!", type(e).__name__, str(e)[:40])
try:
    print("tag", Bad(), end="<end>\n")
except ValueError as e:
    print("!!", e)
