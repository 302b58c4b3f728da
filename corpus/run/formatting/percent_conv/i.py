# features: [format, percent-format]
# stages: [run]
flags = ['', '-', '+', ' ', '0', '#', '-+', '05', '-8', '+10', '.3', '10.4', '#8', '-#6', '08.2', '*']
for v in [0, -12, 99]:
    row = []
    for fl in flags:
        spec = '%' + fl + 'i'
        try:
            row.append(spec % ((5, v) if fl == '*' else v))
        except Exception as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(repr(v), row)
