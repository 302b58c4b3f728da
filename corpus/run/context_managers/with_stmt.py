# features: [context-managers, with]
# stages: [run]
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("suppressed")
print("after b")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
with CM("x") as x, CM("y") as y:
    print(x, y)
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        print("not skipped")
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
