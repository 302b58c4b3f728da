# features: [format, percent-format]
# stages: [run]
flags = ['', '-', '+', ' ', '0', '#', '-+', '05', '-8', '+10', '.3', '10.4', '#8', '-#6', '08.2', '*']
for v in ['x', 42, 'é', b'b', 1.0]:
    row = []
    for fl in flags:
        spec = '%' + fl + 'r'
        try:
            row.append(spec % ((5, v) if fl == '*' else v))
        except Exception as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(repr(v), row)
