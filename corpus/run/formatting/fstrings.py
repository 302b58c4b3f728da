# features: [f-strings, format-spec, str-format]
# stages: [run]
name, n, pi = "world", 42, 3.14159265
print(f"hello {name}! {n:5d} {n:<5}| {n:^7}| {n:x} {n:o} {n:b} {n:#x} {n:+} {-n:05}")
print(f"{pi:.2f} {pi:10.4f} {pi:<10.1f}| {pi:e} {pi:.3g} {pi:%} {1e6:,.0f} {123456789:_d}")
print(f"{name!r} {name!s} {name:>10} {name:*^11} {name[:3]} {len(name)}")
print(f"{{literal}} {n * 2} {'nested ' + name} {[1, 2][1]} {dict(a=1)['a']}")
w = 8
print(f"{pi:{w}.{2}f}|{name:{'>'}{w}}|")
print("{:>8} {:<8} {:^8}|".format("r", "l", "c"), "{0} {1} {0}".format("a", "b"), "{x.real}".format(x=3))
print("{:,}".format(10 ** 10), "{:.1%}".format(0.256), "{:08.3f}".format(-3.14159), "{:+d}".format(5))
print(format(1234.5, ",.2f"), format(0.000012345, ".3e"), format(255, "08b"), format(True, "d"), format(3, "c") == "\x03")
print("%-10s|%10s|%05.1f|%+d|%%|%c" % ("left", "right", 2.25, 7, 65))
print(f"{3.0}", f"{1e20}", f"{1/3}", f"{2**0.5:.15f}", f"{100:e}", f"{0.1:.20f}")
try:
    f"{n:q}"
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
