# features: [error-messages, type-errors]
# stages: [run]
five, xs, ys = 5, "x", [1, 2]
tests = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: "a" * "b",
    lambda: [] * 2.5,
    lambda: None + 1,
    lambda: 1 < "a",
    lambda: {} < {},
    lambda: len(5),
    lambda: five(),
    lambda: None.attr,
    lambda: "abc"[10],
    lambda: "abc"[xs],
    lambda: ys[1.5],
    lambda: {}["missing"],
    lambda: int("nope"),
    lambda: float("1.2.3"),
    lambda: iter(5),
    lambda: next(5),
    lambda: hash([]),
    lambda: {}.fromkeys(5),
    lambda: (1, 2).append(3),
    lambda: "x".foo(),
    lambda: object().x,
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: 2.0 // 0,
    lambda: [].index(3),
    lambda: "abc".index("z"),
    lambda: (1).x,
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: int.nope,
    lambda: abs("x"),
    lambda: -"x",
    lambda: ~1.5,
    lambda: sum(["a", "b"]),
    lambda: "%d" % "x",
    lambda: "{0}".format(),
    lambda: dict(1),
    lambda: list(1),
    lambda: range(1.5),
    lambda: [1, 2, 3][::0],
    lambda: int(None),
    lambda: isinstance(1, 1),
    lambda: sorted(1),
    lambda: setattr(1, "x", 2),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
