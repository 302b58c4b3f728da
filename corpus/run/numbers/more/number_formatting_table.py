# features: [numbers]
# stages: [run]
rows = [('apples', 3, 0.5), ('bananas', 12, 0.25), ('cherries', 150, 0.05)]
for name, qty, price in rows:
    print(f'{name:<10}|{qty:>5}|{price:>8.2f}|{qty * price:>8.3f}')
print(f"{'total':<10}|{sum(r[1] for r in rows):>5}|{'':>8}|{sum(r[1] * r[2] for r in rows):>8.3f}")
print('{:,}'.format(1234567890), '{:_x}'.format(0xdeadbeef), '{:.2%}'.format(0.4567), '{:e}'.format(0.000123))
