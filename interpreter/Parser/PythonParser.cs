using Pyref.Parser.Ast;
using Pyref.Tokenizer;

namespace Pyref.Parser;

/// <summary>
/// The reference parser's entry points: compile(source, filename, mode, PyCF_ONLY_AST) of CPython 3.11,
/// i.e. what ast.parse does. Throws <see cref="PythonSyntaxError"/> for SyntaxError/IndentationError/TabError
/// and for the parser's resource limits (Kind MemoryError / RecursionError).
/// </summary>
public static class PythonParser
{
    /// <summary>Stack for parsing threads: the rule depth is capped (MAXSTACK) well below what this holds.</summary>
    private const int ParseThreadStackBytes = 256 * 1024 * 1024;

    public static Module ParseModule(ReadOnlyMemory<byte> source, string filename = "<unknown>", PythonVersion? target = null, bool typeComments = false) =>
        (Module)Parse(source, filename, ParseMode.Exec, target ?? PythonVersion.Default, typeComments);

    public static Module ParseModule(string source, string filename = "<unknown>", PythonVersion? target = null, bool typeComments = false) =>
        (Module)Parse(source, filename, ParseMode.Exec, target ?? PythonVersion.Default, typeComments);

    public static ModNode Parse(ReadOnlyMemory<byte> source, string filename, ParseMode mode, PythonVersion target, bool typeComments = false) =>
        RunOnBigStack(() =>
        {
            var text = SourceText.FromBytes(source);
            ITokenSource tokens;
            try { tokens = TokenSourceFactory.FromBytes(source, target); }
            catch (TokenizerException e) { throw PegParser.ConvertTokenizerError(e.Error, filename, null); }
            return ParseWith(tokens, text, filename, mode, target, typeComments);
        });

    public static ModNode Parse(string source, string filename, ParseMode mode, PythonVersion target, bool typeComments = false) =>
        RunOnBigStack(() =>
        {
            var text = new SourceText(source);
            ITokenSource tokens;
            try { tokens = TokenSourceFactory.FromString(source, target); }
            catch (TokenizerException e) { throw PegParser.ConvertTokenizerError(e.Error, filename, null); }
            return ParseWith(tokens, text, filename, mode, target, typeComments);
        });

    /// <summary>Parses from any token source (tests use this with their own token streams).</summary>
    public static ModNode ParseWith(ITokenSource tokens, SourceText text, string filename, ParseMode mode, PythonVersion target, bool typeComments = false)
    {
        var parser = new PegParser(tokens, mode, filename, target, text) { TypeComments = typeComments, CharOffsets = text.HasEncodingDeclaration };
        try
        {
            var result = parser.Run();
            return result switch
            {
                ModNode m => m,
                _ => throw new InvalidOperationException("start rule returned " + result.GetType().Name),
            };
        }
        catch (ParseAbort e)
        {
            throw e.Error;
        }
        catch (TokenizerException e)
        {
            throw parser.FromTokenizerError(e.Error);
        }
    }

    private static readonly bool NoThread = Environment.GetEnvironmentVariable("PYREF_PARSE_NO_THREAD") == "1";

    private static T RunOnBigStack<T>(Func<T> work)
    {
        if (NoThread) return work();
        T? result = default;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try { result = work(); }
            catch (Exception e) { error = e; }
        }, ParseThreadStackBytes);
        thread.Start();
        thread.Join();
        if (error is not null)
        {
            if (error is PythonSyntaxError) throw error;
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        }
        return result!;
    }
}
