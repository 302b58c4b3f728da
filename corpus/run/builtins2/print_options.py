# features: [print, sys-stdout]
# stages: [run]
import sys
print("a", "b", "c", sep="-", end="!\n")
print("no newline", end="")
print()
print(*range(5), sep=", ")
print("to stderr", file=sys.stderr)
sys.stdout.write("written\n")
print(1, None, True, 2.5, [None], sep="|")
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("x", "y", file=w)
print(w.parts)
print("%s %r" % ("str", "repr"), end="\n\n")
print("done", flush=True)
