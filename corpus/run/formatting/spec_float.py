# features: [format, format-spec, float]
# stages: [run]
specs = ['', 'f', '.2f', '10.3f', '<10.1f', '^12.4e', 'e', 'E', '.0e', 'g', 'G', '.3g', '.10g', '#g', '#.0f', '%', '.1%', '+.2f', ' .2f', ',.2f', '_.3f', '010.2f', '=+10.2f', 'n', '.0f', '#.3', '.3', 'r']
for v in [0.0, -0.0, 1.5, -2.25, 3.14159265, 1234567.891, 1e-7, 1e16, 2.5, 0.125, float('inf'), float('nan'), 1e300]:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError) as e:
            row.append('!' + str(e))
    print(repr(v), row)
