# features: [format, format-spec, str]
# stages: [run]
specs = ['', 's', '10', '<10', '>10', '^10', '*^11', '.2', '10.3', '-<6', '=10', '+', 'd', ',', '#', '0<5', '05']
for v in ['', 'abc', 'hello world', 'ñ', 'x' * 12]:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError) as e:
            row.append('!' + str(e))
    print(repr(v), row)
