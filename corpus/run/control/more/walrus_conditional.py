# features: [control-flow]
# stages: [run]
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print('long', n)
print([y for x in data if (y := x * 2) > 10])
print('yes' if n else 'no', 1 if 0 else 2 if 0 else 3)
while (item := data.pop()) != 12:
    print('popped', item)
print(data, (a := 5) + a)
