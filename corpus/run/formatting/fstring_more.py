# features: [format, f-string]
# stages: [run]
x, y, name = 10, 2.5, 'Ana'
print(f'{x}+{y}={x + y}', f'{name!r:>8}', f'{x:#06b}', f'{y:.3e}', f'{x=}', f'{name = }', f'{y=:.1f}')
items = [1, 2, 3]
print(f'{len(items)} items: {", ".join(str(i) for i in items)}')
print(f'{"nested {braces}"}', f'{{}}', f'{x:{"^"}{8}}|', f'{3.0:g}', f'{1e6:g}', f'{1e-5:g}', f'{12345.678:,.1f}')
print(f'{x!s:>4}|{x!r:<4}|{"a"!a}')
d = {'k': [10, 20]}
print(f"{d['k'][1]}", f'{d!r}', f'{-x:+}', f'{x:=+6}', f'{0.5:%}', f'{255:X}')
