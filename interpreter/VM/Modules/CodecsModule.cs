using System.Text;
using Pyref.VM.Modules.IO;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _codecs (Modules/_codecsmodule.c over Python/codecs.c): the codec registry (search functions, lookup cache,
/// error handlers) and the codec functions Lib/encodings/*.py wrap. str.encode and bytes.decode
/// (Runtime/BytesMethods.cs) use EncodeText/DecodeText here; UTF-8 decode errors reuse _io TextDecoder.DecodeError.
/// </summary>
[BuiltinModule("_codecs")]
public static partial class CodecsModule
{
    /// <summary>Python/codecs.c keeps these in the interpreter state (interp->codec_search_path,
    /// codec_search_cache, codec_error_registry): each Interpreter has its own.</summary>
    private sealed class Registry
    {
        public readonly List<PyObject> SearchPath = new();
        public readonly Dictionary<string, PyObject> Cache = new();
        public readonly Dictionary<string, PyObject> ErrorHandlers = new();
        public bool Initialized;
    }
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Interpreter, Registry> s_registries = new();
    private static Registry Current => s_registries.GetValue(Interpreter.Current, _ => new Registry());

    public static PyModule Create()
    {
        var m = new PyModule("_codecs");
        var d = m.Dict!;
        EnsureErrorHandlers();
        d.Set("register", Fn("register", (a, kw) =>
        {
            NoKeywords("register", kw); CheckCount("register", a.Length, 1, 1);
            if (!ModuleSupport.IsCallable(a[0])) throw PyExc.TypeError("argument must be callable");
            lock (Current) Current.SearchPath.Add(a[0]);
            return None;
        }));
        d.Set("unregister", Fn("unregister", (a, kw) =>
        {
            NoKeywords("unregister", kw); CheckCount("unregister", a.Length, 1, 1);
            lock (Current)
            {
                // Python/codecs.c PyCodec_Unregister: removing a function clears the whole cache.
                var func = a[0];
                int i = Current.SearchPath.FindIndex(f => ReferenceEquals(f, func));
                if (i >= 0) { Current.SearchPath.RemoveAt(i); Current.Cache.Clear(); }
            }
            return None;
        }));
        d.Set("lookup", Fn("lookup", (a, kw) =>
        {
            NoKeywords("lookup", kw); CheckCount("lookup", a.Length, 1, 1);
            return Lookup(StrArg("lookup", a[0], 1));
        }));
        d.Set("encode", Fn("encode", (a, kw) =>
        {
            var p = Parse("encode", a, kw, new[] { "obj", "encoding", "errors" }, 1);
            return Encode(p[0]!, p[1] == null ? "utf-8" : StrArg("encode", p[1]!, 2), p[2] == null ? "strict" : StrArg("encode", p[2]!, 3));
        }));
        d.Set("decode", Fn("decode", (a, kw) =>
        {
            var p = Parse("decode", a, kw, new[] { "obj", "encoding", "errors" }, 1);
            return Decode(p[0]!, p[1] == null ? "utf-8" : StrArg("decode", p[1]!, 2), p[2] == null ? "strict" : StrArg("decode", p[2]!, 3));
        }));
        d.Set("_forget_codec", Fn("_forget_codec", (a, kw) =>
        {
            NoKeywords("_forget_codec", kw); CheckCount("_forget_codec", a.Length, 1, 1);
            var key = NormalizeString(StrArg("_forget_codec", a[0], 1));
            lock (Current) Current.Cache.Remove(key);
            return None;
        }));
        d.Set("register_error", Fn("register_error", (a, kw) =>
        {
            NoKeywords("register_error", kw); CheckCount("register_error", a.Length, 2, 2);
            var name = StrArg("register_error", a[0], 1);
            if (!ModuleSupport.IsCallable(a[1])) throw PyExc.TypeError("handler must be callable");
            lock (Current) Current.ErrorHandlers[name] = a[1];
            return None;
        }));
        d.Set("lookup_error", Fn("lookup_error", (a, kw) =>
        {
            NoKeywords("lookup_error", kw); CheckCount("lookup_error", a.Length, 1, 1);
            return LookupError(StrArg("lookup_error", a[0], 1));
        }));
        AddCodecFunctions(d);
        return m;
    }

    internal static string StrArg(string fname, PyObject o, int pos) =>
        o is PyStr s ? s.Value : throw PyExc.TypeError($"{fname}() argument {pos} must be str, not {Ops.TypeName(o)}");

    /// <summary>Python/codecs.c normalizestring (3.11): lower-case ASCII letters, spaces become hyphens.</summary>
    public static string NormalizeString(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s) sb.Append(c == ' ' ? '-' : c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
        return sb.ToString();
    }

    /// <summary>Python/codecs.c _PyCodec_Lookup: the cache, then each search function in order.</summary>
    public static PyObject Lookup(string encoding)
    {
        EnsureRegistry();
        var key = NormalizeString(encoding);
        lock (Current) if (Current.Cache.TryGetValue(key, out var hit)) return hit;
        PyObject[] path;
        lock (Current) path = Current.SearchPath.ToArray();
        if (path.Length == 0)
            throw PyExc.Make(Types.LookupError, "no codec search functions registered: can't find encoding");
        var keyObj = PyStr.From(key);
        foreach (var f in path)
        {
            var r = Ops.Call(f, keyObj);
            if (r == None) continue;
            if (r is not PyTuple t || t.Items.Length != 4)
                throw PyExc.TypeError("codec search functions must return 4-tuples");
            lock (Current) Current.Cache[key] = r;
            return r;
        }
        throw PyExc.Make(Types.LookupError, $"unknown encoding: {encoding}");
    }

    /// <summary>Python/codecs.c _PyCodecRegistry_Init: the first lookup imports the encodings package, whose
    /// import registers encodings.search_function.</summary>
    private static void EnsureRegistry()
    {
        var reg = Current;
        lock (reg) { if (reg.Initialized) return; reg.Initialized = true; }
        try { Import.ImportModuleLevel("encodings", null, None, 0); }
        catch { lock (reg) reg.Initialized = false; throw; }
    }

    /// <summary>Python/codecs.c _PyCodec_Encode.</summary>
    public static PyObject Encode(PyObject obj, string encoding, string errors) =>
        CallCodec((PyTuple)Lookup(encoding), 0, obj, errors);

    /// <summary>Python/codecs.c _PyCodec_Decode.</summary>
    public static PyObject Decode(PyObject obj, string encoding, string errors) =>
        CallCodec((PyTuple)Lookup(encoding), 1, obj, errors);

    /// <summary>Python/codecs.c _PyCodec_EncodeInternal / _PyCodec_DecodeInternal: the codec function of a
    /// CodecInfo (0 encode, 1 decode) must return a 2-tuple whose first item is the result.</summary>
    private static PyObject CallCodec(PyTuple info, int which, PyObject obj, string errors)
    {
        var r = Ops.Call(info.Items[which], obj, PyStr.From(errors));
        if (r is not PyTuple t || t.Items.Length != 2)
            throw PyExc.TypeError(which == 0 ? "encoder must return a tuple (object, integer)" : "decoder must return a tuple (object,integer)");
        return t.Items[0];
    }

    public static PyObject LookupError(string name)
    {
        EnsureErrorHandlers();
        lock (Current)
            if (Current.ErrorHandlers.TryGetValue(name, out var h)) return h;
        throw PyExc.Make(Types.LookupError, $"unknown error handler name '{name}'");
    }

    /// <summary>A handler registered by name that is not one of the built-in ones (codec functions apply those
    /// directly), or null.</summary>
    internal static PyObject? CustomHandler(string name)
    {
        if (name is "strict" or "ignore" or "replace" or "xmlcharrefreplace" or "backslashreplace" or "namereplace"
            or "surrogateescape" or "surrogatepass") return null;
        return LookupError(name);
    }

    private static void EnsureErrorHandlers()
    {
        lock (Current)
        {
            if (Current.ErrorHandlers.Count > 0) return;
            // Python/codecs.c _PyCodecRegistry_Init methods[]: the built-in error handlers.
            Current.ErrorHandlers["strict"] = Handler("strict_errors", StrictErrors);
            Current.ErrorHandlers["ignore"] = Handler("ignore_errors", e => PyTuple.Of(PyStr.Empty, PyInt.From(ErrEnd(e))));
            Current.ErrorHandlers["replace"] = Handler("replace_errors", ReplaceErrors);
            Current.ErrorHandlers["xmlcharrefreplace"] = Handler("xmlcharrefreplace_errors", e => TextReplace(e, "xmlcharrefreplace"));
            Current.ErrorHandlers["backslashreplace"] = Handler("backslashreplace_errors", BackslashReplaceErrors);
            Current.ErrorHandlers["namereplace"] = Handler("namereplace_errors", e => TextReplace(e, "namereplace"));
            Current.ErrorHandlers["surrogateescape"] = Handler("surrogateescape", SurrogateEscapeErrors);
            Current.ErrorHandlers["surrogatepass"] = Handler("surrogatepass", SurrogatePassErrors);
        }
    }

    private static PyObject Handler(string name, Func<PyBaseException, PyObject> f) => Fn(name, (a, kw) =>
    {
        NoKeywords(name, kw); CheckCount(name, a.Length, 1, 1);
        if (a[0] is not PyBaseException e)
            throw PyExc.TypeError($"don't know how to handle {Ops.TypeName(a[0])} in error callback");
        return f(e);
    });

    // The exception's fields: attributes when set, else the 5-argument constructor form.
    private static PyObject ErrField(PyBaseException e, string name, int index) =>
        e.GetAttrOrNull(name) ?? (e.Args.Items.Length == 5 ? e.Args.Items[index] : throw PyExc.TypeError($"{name} attribute not set"));
    private static int ErrStart(PyBaseException e) => (int)ToLong(ErrField(e, "start", 2));
    private static int ErrEnd(PyBaseException e) => (int)ToLong(ErrField(e, "end", 3));
    private static PyObject ErrObject(PyBaseException e) => ErrField(e, "object", 1);
    private static bool IsEncodeError(PyBaseException e) => e.Type.IsSubtypeOf(Types.UnicodeEncodeError);
    private static bool IsDecodeError(PyBaseException e) => e.Type.IsSubtypeOf(Types.UnicodeDecodeError);
    private static bool IsTranslateError(PyBaseException e) => e.Type.IsSubtypeOf(Types.UnicodeTranslateError);
    private static PyException WrongType(PyBaseException e) =>
        PyExc.TypeError($"don't know how to handle {e.Type.Name} in error callback");

    private static PyObject StrictErrors(PyBaseException e)
    {
        if (e.Carrier != null) throw e.Carrier;
        throw new PyException(e);
    }

    /// <summary>Python/codecs.c PyCodec_ReplaceErrors.</summary>
    private static PyObject ReplaceErrors(PyBaseException e)
    {
        int start = ErrStart(e), end = ErrEnd(e);
        if (IsEncodeError(e)) return PyTuple.Of(PyStr.From(new string('?', Math.Max(0, end - start))), PyInt.From(end));
        if (IsDecodeError(e)) return PyTuple.Of(PyStr.From("\ufffd"), PyInt.From(end));
        if (IsTranslateError(e)) return PyTuple.Of(PyStr.From(new string('\ufffd', Math.Max(0, end - start))), PyInt.From(end));
        throw WrongType(e);
    }

    /// <summary>Python/codecs.c PyCodec_XMLCharRefReplaceErrors / PyCodec_NameReplaceErrors (encode errors only).</summary>
    private static PyObject TextReplace(PyBaseException e, string how)
    {
        if (!IsEncodeError(e)) throw WrongType(e);
        var s = (PyStr)ErrObject(e);
        int start = ErrStart(e), end = Math.Min(ErrEnd(e), s.Length);
        var sb = new StringBuilder();
        for (int i = start; i < end; i++) sb.Append(ReplacementFor(s.CodePointAt(i), how));
        return PyTuple.Of(PyStr.From(sb.ToString()), PyInt.From(ErrEnd(e)));
    }

    internal static string ReplacementFor(int c, string how) => how switch
    {
        "xmlcharrefreplace" => $"&#{c};",
        "namereplace" when UnicodeName(c) is string n => $"\\N{{{n}}}",
        _ => c <= 0xff ? $"\\x{c:x2}" : c <= 0xffff ? $"\\u{c:x4}" : $"\\U{c:x8}",
    };

    // unicodedata names when the natcore module provides them; otherwise namereplace falls back to \\x escapes.
    private static string? UnicodeName(int c)
    {
        try
        {
            var ud = Import.ImportModuleLevel("unicodedata", null, None, 0);
            var r = Ops.Call(Ops.GetAttr(ud, "name"), PyStr.FromCodePoint(c), None);
            return r is PyStr s ? s.Value : null;
        }
        catch (PyException) { return null; }
    }

    /// <summary>Python/codecs.c PyCodec_BackslashReplaceErrors.</summary>
    private static PyObject BackslashReplaceErrors(PyBaseException e)
    {
        int start = ErrStart(e), end = ErrEnd(e);
        var sb = new StringBuilder();
        if (IsDecodeError(e))
        {
            var b = BytesMethods.AsBytes(ErrObject(e));
            for (int i = start; i < Math.Min(end, b.Length); i++) sb.Append($"\\x{b[i]:x2}");
            return PyTuple.Of(PyStr.From(sb.ToString()), PyInt.From(end));
        }
        if (!IsEncodeError(e) && !IsTranslateError(e)) throw WrongType(e);
        var s = (PyStr)ErrObject(e);
        for (int i = start; i < Math.Min(end, s.Length); i++) sb.Append(ReplacementFor(s.CodePointAt(i), "backslashreplace"));
        return PyTuple.Of(PyStr.From(sb.ToString()), PyInt.From(end));
    }

    /// <summary>Python/codecs.c PyCodec_SurrogateEscape: lone surrogates U+DC80..U+DCFF back to bytes, and
    /// undecodable bytes >= 128 to those surrogates.</summary>
    private static PyObject SurrogateEscapeErrors(PyBaseException e)
    {
        int start = ErrStart(e), end = ErrEnd(e);
        if (IsEncodeError(e))
        {
            var s = (PyStr)ErrObject(e);
            var r = new byte[end - start];
            for (int i = start; i < end; i++)
            {
                int c = s.CodePointAt(i);
                if (c < 0xDC80 || c > 0xDCFF) StrictErrors(e);
                r[i - start] = (byte)(c - 0xDC00);
            }
            return PyTuple.Of(PyBytes.From(r), PyInt.From(end));
        }
        if (IsDecodeError(e))
        {
            var b = BytesMethods.AsBytes(ErrObject(e));
            var sb = new StringBuilder();
            int i = start;
            for (; i < end && i < start + 4; i++)
            {
                if (b[i] < 128) break;
                sb.Append((char)(0xDC00 + b[i]));
            }
            if (i == start) StrictErrors(e);
            return PyTuple.Of(PyStr.From(sb.ToString()), PyInt.From(i));
        }
        throw WrongType(e);
    }

    /// <summary>Python/codecs.c PyCodec_SurrogatePassErrors for UTF-8 (the codecs that use it through str.encode).</summary>
    private static PyObject SurrogatePassErrors(PyBaseException e)
    {
        int start = ErrStart(e), end = ErrEnd(e);
        if (IsEncodeError(e))
        {
            var s = (PyStr)ErrObject(e);
            var r = new List<byte>();
            for (int i = start; i < end; i++)
            {
                int c = s.CodePointAt(i);
                if (c < 0xD800 || c > 0xDFFF) StrictErrors(e);
                r.Add((byte)(0xE0 | (c >> 12))); r.Add((byte)(0x80 | ((c >> 6) & 0x3F))); r.Add((byte)(0x80 | (c & 0x3F)));
            }
            return PyTuple.Of(PyBytes.From(r.ToArray()), PyInt.From(end));
        }
        if (IsDecodeError(e))
        {
            var b = BytesMethods.AsBytes(ErrObject(e));
            if (start + 3 <= b.Length && (b[start] & 0xF0) == 0xE0 && (b[start + 1] & 0xC0) == 0x80 && (b[start + 2] & 0xC0) == 0x80)
            {
                int c = ((b[start] & 0x0F) << 12) | ((b[start + 1] & 0x3F) << 6) | (b[start + 2] & 0x3F);
                if (c >= 0xD800 && c <= 0xDFFF) return PyTuple.Of(PyStr.From(((char)c).ToString()), PyInt.From(start + 3));
            }
            StrictErrors(e);
        }
        throw WrongType(e);
    }
}
