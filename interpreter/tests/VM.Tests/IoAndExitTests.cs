namespace Pyref.VM.Tests;

/// <summary>What a program cannot print about itself: what happens after its last line (Py_FinalizeEx: atexit callbacks,
/// then files still open get their buffered data written), and sys.stdin over the host's reader.</summary>
public class IoAndExitTests
{
    private static (string Out, string Err, int Code) Run(string source, string? stdin = null)
    {
        var o = new StringWriter { NewLine = "\n" };
        var e = new StringWriter { NewLine = "\n" };
        int code = Runner.RunSource(source, [], o, e, stdin == null ? null : new StringReader(stdin));
        return (o.ToString(), e.ToString(), code);
    }

    [Fact]
    public void UnclosedFileIsWrittenAtExit()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pyref-unclosed-{Guid.NewGuid():N}.txt");
        try
        {
            var (_, err, code) = Run($"f = open({"'" + path.Replace("\\", "\\\\").Replace("'", "\\'") + "'"}, 'w')\nf.write('kept in the buffer')\n");
            Assert.Equal("", err);
            Assert.Equal(0, code);
            Assert.Equal("kept in the buffer", File.ReadAllText(path));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void AtexitRunsAfterAnUncaughtExceptionAndKeepsTheExitCode()
    {
        var (output, err, code) = Run("import atexit\natexit.register(print, 'from atexit')\nprint('main')\n1/0\n");
        Assert.Equal("main\nfrom atexit\n", output);
        Assert.Contains("ZeroDivisionError: division by zero", err);
        Assert.Equal(1, code);
    }

    [Fact]
    public void StdinIsATextIOWrapperOverTheHostReader()
    {
        var (output, err, _) = Run("import sys\nprint(type(sys.stdin).__name__, sys.stdin.readline().rstrip(), sys.stdin.read().split())\n", "first line\r\nsecond\nthird\n");
        Assert.Equal("", err);
        Assert.Equal("TextIOWrapper first line ['second', 'third']\n", output);
    }
}
