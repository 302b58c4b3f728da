# features: [comments]
# stages: [tokens]
x = []  # type: List[int]
def f(a, b):  # type: (int, str) -> None
    pass  # type: ignore
