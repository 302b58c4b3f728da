# features: [format-spec, int-formatting, float-formatting, str-formatting]
# stages: [run]
ints = [0, 7, -7, 255, 1234567, -1234567]
for spec in ["", "d", "5d", "<5", "^7", "+d", " d", "05d", "x", "#X", "o", "#b", ",", "_", "010,", "=+8"]:
    print(repr(spec), [format(i, spec) for i in ints])
floats = [0.0, -0.0, 1.5, -2.25, 1234.5678, 1e-7, 12345678.9]
for spec in ["", ".1f", "8.3f", "<10.2f", "e", ".2E", "g", ".3g", "%", ".1%", "+.2f", ",.2f", "010.2f"]:
    print(repr(spec), [format(f, spec) for f in floats])
for spec in ["", "5", "<5", ">5", "^6", "*^7", ".2", "10.3"]:
    print(repr(spec), [format(s, spec) for s in ["", "a", "hello world"]])
