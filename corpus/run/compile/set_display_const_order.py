# features: [set-display, frozenset-constant, iteration-order]
# stages: [run]
# A set display of three or more constants is built from a frozenset constant (BUILD_SET, LOAD_CONST, SET_UPDATE), so
# its printed order is that constant's table order: the compiler builds the frozenset, rebuilds it when merging
# constants, and again when interning a name-like str finds an older interned object (most one-letter lowercase names).
print({"😀", "é", "a", "日"})
print({"😀", "é", "x", "日"}, {"é", "日", "😀", "1"}, {"!", "é", "A", "日"}, {"ß", "--", "§", "b"})
print({"é", "a", "b", "c", "d"}, {"a", "b", "c"}, {"x", "y", "z", "é"})
print(sorted({"é", "a", "b"}), "a" in {"é", "日", "a"}, frozenset({"a", "é", "日", "😀"}))
for s in ({"_", "é", "日", "😀"}, {"T", "é", "日", "😀"}, {"Q", "é", "日", "😀"}, {"q", "ß", "§", "¤"}):
    print(s)
