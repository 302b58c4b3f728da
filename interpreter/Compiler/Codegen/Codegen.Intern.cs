using Pyref.Bytecode;
using Pyref.Parser.Ast;

namespace Pyref.Compiler.Codegen;

public sealed partial class Codegen
{
    /// <summary>
    /// The strs interned before a code object is created: the module's identifiers (the parser interns every NAME)
    /// and the names the runtime interned at startup. The name-like str constants of earlier code objects do not
    /// count: the constant cache made equal constants one object, so interning it again finds itself.
    /// </summary>
    private HashSet<string>? _interned;

    /// <summary>
    /// Names the 3.11 runtime has interned before any compile: builtins (the keys of the builtins module dict)
    /// and keywords (Lib/keyword.py kwlist, static identifiers of the interpreter).
    /// DEVIATION(CPython): any other str the running process interned earlier (identifiers of every module it has
    /// imported, e.g. 'element' for _markupbase.py's sets under the harness's oracle) is unknown to a reference
    /// compiler, so such a frozenset keeps the order of one rebuild fewer.
    /// </summary>
    private static readonly string[] RuntimeInterned =
    (
        "ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError BrokenPipeError " +
        "BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError " +
        "ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning EnvironmentError Exception " +
        "ExceptionGroup False FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError " +
        "ImportError ImportWarning IndentationError IndexError InterruptedError IsADirectoryError KeyError " +
        "KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError None NotADirectoryError NotImplemented " +
        "NotImplementedError OSError OverflowError PendingDeprecationWarning PermissionError ProcessLookupError " +
        "RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration StopIteration " +
        "SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError True TypeError UnboundLocalError " +
        "UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError " +
        "Warning ZeroDivisionError __build_class__ __debug__ __doc__ __import__ __loader__ __name__ __package__ __spec__ " +
        "abs aiter all and anext any as ascii assert async await bin bool break breakpoint bytearray bytes callable chr " +
        "class classmethod compile complex continue copyright credits def del delattr dict dir divmod elif else enumerate " +
        "eval except exec exit filter finally float for format from frozenset getattr global globals hasattr hash help hex " +
        "id if import in input int is isinstance issubclass iter lambda len license list locals map max memoryview min next " +
        "nonlocal not object oct open or ord pass pow print property quit raise range repr return reversed round set " +
        "setattr slice sorted staticmethod str sum super try tuple type vars while with yield zip"
    ).Split(' ');

    /// <summary>Every identifier of the module, as the parser interned them (dotted names part by part).</summary>
    private static void CollectIdentifiers(Node node, HashSet<string> into)
    {
        foreach (var (name, value) in node.Fields())
        {
            switch (value)
            {
                case Node child:
                    CollectIdentifiers(child, into);
                    break;
                case System.Collections.IList list:
                    foreach (var item in list)
                    {
                        if (item is Node n) CollectIdentifiers(n, into);
                        else if (item is string s && name is "names" or "kwd_attrs") into.Add(s);
                    }
                    break;
                case string s when name is "id" or "attr" or "name" or "arg" or "asname" or "module" or "rest":
                    if (s.Contains('.')) foreach (var part in s.Split('.')) into.Add(part);
                    else into.Add(s);
                    break;
            }
        }
    }

    /// <summary>
    /// Objects/codeobject.c intern_string_constants, run by _PyCode_New on co_consts: interning a name-like str that
    /// finds an older interned equal str replaces it, and a frozenset holding one is rebuilt from its items (in
    /// iteration order), which changes the iteration order dis shows when items collide.
    /// </summary>
    private void InternStringConstants(CodeObject co)
    {
        var interned = _interned!;
        for (int i = 0; i < co.Consts.Length; i++)
            if (co.Consts[i] is PyFrozenSet f && f.Items.Any(x => x is string s && s.Length > 1 && interned.Contains(s)
                    && AllNameChars(s)))
                co.Consts[i] = new PyFrozenSet(f.IterationOrder);
    }

    /// <summary>all_name_chars: ASCII letters, digits and '_' only.</summary>
    private static bool AllNameChars(string s)
    {
        foreach (char ch in s)
            if (!(ch is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_')) return false;
        return true;
    }
}
