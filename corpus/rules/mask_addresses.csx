// Memory addresses in program output: CPython's default reprs show the object's address
// (<__main__.C object at 0x7f3a2c1d5e10>), which changes from run to run and from machine to
// machine; the reference interpreter's ids are counters (DEVIATION(CPython) in
// interpreter/VM/Objects/PyObject.cs). Neither side's number means anything to the comparison.

// Every case: " at 0x..." as default reprs of objects, functions, generators, coroutines and
// code objects print it. Only the run stage: the static stages never print addresses (the dis
// artifact has them normalized by the workers already).
var reprAddress = new Regex(@"(?<= at )0x[0-9a-fA-F]+\b", RegexOptions.Compiled);
Normalizer("addresses", (ctx, text) =>
    ctx.Stage == Stage.Run ? reprAddress.Replace(text, "0xADDR") : text);

// Opt-in (`# normalize: [hex-numbers]` in a case's front matter): every hexadecimal number in the
// output, for the rare case that prints an address another way (hex(id(x)), "%x" % id(x)).
// Not global: most hexadecimal output is data that must match.
var hexNumber = new Regex(@"\b0x[0-9a-fA-F]+\b", RegexOptions.Compiled);
CaseNormalizer("hex-numbers", (ctx, text) =>
    ctx.Stage == Stage.Run ? hexNumber.Replace(text, "0xHEX") : text);
