# features: [control-flow, loops, match]
# stages: [run]
total = 0
for i in range(10):
    if i % 2:
        continue
    if i > 7:
        break
    total += i
else:
    print("no break")
print(total)
n = 0
while n < 5:
    n += 1
else:
    print("while else", n)
for x in []:
    pass
else:
    print("empty for else")
def classify(v):
    match v:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return "negative"
        case [a, b]:
            return f"pair {a},{b}"
        case {"k": val}:
            return f"dict {val}"
        case str() as s:
            return f"str {s}"
        case (1 | 2 | 3):
            return "small"
        case _:
            return "other"
for v in [0, -5, [1, 2], {"k": 9}, "hi", 2, 3.5]:
    print(classify(v))
a, *rest = [1, 2, 3, 4]
*init, last = "abc"
(p, q), r = (1, 2), 3
print(a, rest, init, last, p, q, r)
x = 5
print("big" if x > 3 else "small", x > 3 and "yes", x < 3 or "no", not x)
print(1 < x < 10, 1 < x > 10, x is None, x is not None)
i = 0
while True:
    i += 1
    if i == 3:
        break
print(i)
