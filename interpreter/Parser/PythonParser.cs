using Pyref.Parser.Ast;
using Pyref.Tokenizer;

namespace Pyref.Parser;

/// <summary>
/// The reference parser's entry points: compile(source, filename, mode, PyCF_ONLY_AST) of CPython 3.11,
/// i.e. what ast.parse does. Throws <see cref="PythonSyntaxError"/> for SyntaxError/IndentationError/TabError
/// and for the parser's resource limits (Kind MemoryError / RecursionError).
/// </summary>
/// <summary>The PyCF_* compile() flags the parser itself acts on (Include/cpython/compile.h, Parser/pegen.h PyPARSE_*).</summary>
[Flags]
public enum ParseFlags
{
    None = 0,
    /// <summary>PyCF_DONT_IMPLY_DEDENT (codeop): 'single' input that ends inside a block is not closed by DEDENTs.</summary>
    DontImplyDedent = 1,
    /// <summary>PyCF_ALLOW_INCOMPLETE_INPUT (codeop): a parse that fails at the end of the input raises "incomplete input".</summary>
    AllowIncompleteInput = 2,
}

public static class PythonParser
{
    /// <summary>Stack for parsing threads: the rule depth is capped (MAXSTACK) well below what this holds.</summary>
    private const int ParseThreadStackBytes = 256 * 1024 * 1024;

    public static Module ParseModule(ReadOnlyMemory<byte> source, string filename = "<unknown>", PythonVersion? target = null, bool typeComments = false) =>
        (Module)Parse(source, filename, ParseMode.Exec, target ?? PythonVersion.Default, typeComments);

    public static Module ParseModule(string source, string filename = "<unknown>", PythonVersion? target = null, bool typeComments = false) =>
        (Module)Parse(source, filename, ParseMode.Exec, target ?? PythonVersion.Default, typeComments);

    /// <summary>
    /// astConstructionLimit: ast.parse converts the tree to Python objects (Python/Python-ast.c ast2obj), which
    /// raises RecursionError on deep trees; compile() goes straight to the compiler and has no such check, so the
    /// compiler passes false.
    /// </summary>
    public static ModNode Parse(ReadOnlyMemory<byte> source, string filename, ParseMode mode, PythonVersion target, bool typeComments = false, bool astConstructionLimit = true, List<TokenizerWarning>? warnings = null, ParseFlags flags = ParseFlags.None) =>
        RunOnBigStack(() =>
        {
            var text = SourceText.FromBytes(source, execInput: mode == ParseMode.Exec);
            ITokenSource tokens;
            try { tokens = TokenSourceFactory.FromBytes(source, target, typeComments, execInput: mode == ParseMode.Exec); }
            catch (TokenizerException e) { throw PegParser.ConvertTokenizerError(e.Error, filename, null); }
            var tree = ParseWith(tokens, text, filename, mode, target, typeComments, astConstructionLimit, flags);
            CollectWarnings(tokens, text, filename, mode, warnings);
            return tree;
        });

    public static ModNode Parse(string source, string filename, ParseMode mode, PythonVersion target, bool typeComments = false, bool astConstructionLimit = true, List<TokenizerWarning>? warnings = null, ParseFlags flags = ParseFlags.None) =>
        RunOnBigStack(() =>
        {
            var text = new SourceText(source) { ExecInput = mode == ParseMode.Exec };
            ITokenSource tokens;
            try { tokens = TokenSourceFactory.FromString(source, target, typeComments, execInput: mode == ParseMode.Exec); }
            catch (TokenizerException e) { throw PegParser.ConvertTokenizerError(e.Error, filename, null); }
            var tree = ParseWith(tokens, text, filename, mode, target, typeComments, astConstructionLimit, flags);
            CollectWarnings(tokens, text, filename, mode, warnings);
            return tree;
        });

    /// <summary>The tokenizer's warnings of a successful parse, in the order CPython's parser_warn issues them (before any
    /// of the compiler's).</summary>
    private static void CollectWarnings(ITokenSource tokens, SourceText text, string filename, ParseMode mode, List<TokenizerWarning>? warnings)
    {
        if (warnings is null || tokens is not LexerTokenSource { Lexer: var lexer }) return;
        foreach (var (message, error) in lexer.Warnings)
            warnings.Add(new TokenizerWarning(message, error.Line, PegParser.ConvertTokenizerError(error, filename, text, mode == ParseMode.Exec)));
    }

    /// <summary>Parses from any token source (tests use this with their own token streams).</summary>
    /// <summary>
    /// How many Python frames are on the stack where CPython's ast.parse would be called: ast2obj's limit
    /// (Python/Python-ast.c) is 3 x (recursion limit 1000 - that depth). 2 = a module-level call of ast.parse.
    /// DEVIATION(CPython): the real depth depends on the caller, which a reference parser cannot know.
    /// </summary>
    public static int CallerPythonDepth { get; set; } = 2;

    public static ModNode ParseWith(ITokenSource tokens, SourceText text, string filename, ParseMode mode, PythonVersion target, bool typeComments = false, bool astConstructionLimit = true, ParseFlags flags = ParseFlags.None)
    {
        var tree = ParseWithoutDepthCheck(tokens, text, filename, mode, target, typeComments, flags, out long depthBound);
        // Python/Python-ast.c ast2obj_*: converting a too deep tree raises RecursionError (stage "ast").
        // The parser bounds the tree's depth (+ the module node), so shallow parses skip the walk.
        int limit = 3 * 1000 - 3 * CallerPythonDepth;
        if (astConstructionLimit && depthBound + 1 > limit && AstDepth.Exceeds(tree, limit))
            throw new PythonSyntaxError("RecursionError", "maximum recursion depth exceeded during ast construction", filename, null, null, null, null, null, "ast");
        return tree;
    }

    private static ModNode ParseWithoutDepthCheck(ITokenSource tokens, SourceText text, string filename, ParseMode mode, PythonVersion target, bool typeComments, ParseFlags flags, out long depthBound)
    {
        depthBound = 0;
        var parser = new PegParser(tokens, mode, filename, target, text) { TypeComments = typeComments, CharOffsets = text.HasEncodingDeclaration, Flags = flags };
        try
        {
            var result = parser.Run();
            // f-string sub-parsers add a few levels of their own.
            depthBound = (long)(parser.MaxRuleDepth + 8) * (parser.MaxChain + 1);
            return result switch
            {
                ModNode m => m,
                _ => throw new InvalidOperationException("start rule returned " + result.GetType().Name),
            };
        }
        catch (ParseAbort e)
        {
            if (DebugErrors) Console.Error.WriteLine(e.StackTrace);
            throw e.Error;
        }
        catch (TokenizerException e)
        {
            throw parser.FromTokenizerError(e.Error);
        }
    }

    private static readonly bool DebugErrors = Environment.GetEnvironmentVariable("PYREF_DEBUG_ERRORS") == "1";
    private static readonly bool NoThread = Environment.GetEnvironmentVariable("PYREF_PARSE_NO_THREAD") == "1";

    private static T RunOnBigStack<T>(Func<T> work)
    {
        // Parse on the caller's thread; the rules check the remaining stack every few levels and, if it runs
        // short before CPython's own limit, the parse is redone on a thread with a large stack.
        if (!NoThread)
        {
            try { return work(); }
            catch (StackTooSmallException) { }
        }
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


/// <summary>The current thread's stack is too small for this input: retry on a big-stack thread.</summary>
internal sealed class StackTooSmallException : Exception { }

/// <summary>Node nesting depth as ast2obj counts it (every node but the context/operator singletons).</summary>
internal static class AstDepth
{
    public static bool Exceeds(Node root, int limit)
    {
        var stack = new Stack<(Node Node, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > limit) return true;
            foreach (var (_, value) in node.Fields())
            {
                switch (value)
                {
                    case ExprContextNode or OperatorNode or BoolopNode or UnaryopNode or CmpopNode:
                        break;
                    case Node child:
                        stack.Push((child, depth + 1));
                        break;
                    case System.Collections.IList list when value is not PyBytes:
                        foreach (var item in list)
                            if (item is Node n && item is not (CmpopNode or ExprContextNode)) stack.Push((n, depth + 1));
                        break;
                }
            }
        }
        return false;
    }
}

/// <summary>A SyntaxWarning of Parser/tokenizer.c parser_warn (PyErr_WarnExplicitObject at the tokenizer's line), with the
/// SyntaxError (syntaxerror at the same place) it becomes when the warning filters turn it into an error.</summary>
public sealed record TokenizerWarning(string Message, int Lineno, PythonSyntaxError AsError);
