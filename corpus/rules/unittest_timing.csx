// unittest's summary line measures wall-clock time: TextTestResult prints "Ran 3 tests in 0.002s"
// (Lib/unittest/runner.py TextTestRunner.run, "%.3fs" of time.perf_counter() differences) on
// stderr for unittest.main(). The figure changes from run to run on CPython itself and says how
// fast an interpreter is, not what it does; the count of tests before it is still compared.
var unittestTiming = new Regex(@"^(Ran \d+ tests? in )\d+\.\d{3}s$", RegexOptions.Compiled | RegexOptions.Multiline);
Normalizer("unittest-timing", (ctx, text) =>
    ctx.Stage == Stage.Run ? unittestTiming.Replace(text, "${1}T.TTTs") : text);
