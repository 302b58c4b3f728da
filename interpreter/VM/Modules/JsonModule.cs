using System.Globalization;
using System.Numerics;
using System.Text;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Modules.ModuleSupport;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _json (Modules/_json.c of 3.11): the scanner and encoder Lib/json uses in place of its pure-Python ones.
/// The pure fallback is observably different: its scanstring reports "Invalid \escape: 'x'" at another
/// position, and a failing json.loads shows four more traceback frames (scanner.py, decoder.py JSONArray...).
/// </summary>
[BuiltinModule("_json")]
public static class JsonModule
{
    public static readonly PyType ScannerType = NewType("_json", "Scanner"),
        EncoderType = NewType("_json", "Encoder");

    private static readonly PyBuiltinFunction s_encodeAscii = Fn("encode_basestring_ascii", (a, kw) =>
    {
        NoKw("encode_basestring_ascii", kw);
        CheckCount("encode_basestring_ascii", a.Length, 1, 1);
        return PyStr.From(EscapeUnicode(StrArg(a[0]), ascii: true));
    });

    private static readonly PyBuiltinFunction s_encode = Fn("encode_basestring", (a, kw) =>
    {
        NoKw("encode_basestring", kw);
        CheckCount("encode_basestring", a.Length, 1, 1);
        return PyStr.From(EscapeUnicode(StrArg(a[0]), ascii: false));
    });

    static JsonModule()
    {
        CallMethods(ScannerType);
        CallMethods(EncoderType);
        ScannerType.Dict!.Set("__doc__", PyStr.From("JSON scanner object"));
        EncoderType.Dict!.Set("__doc__", PyStr.From("_iterencode(obj, _current_indent_level) -> iterable"));
        DefStatic(ScannerType, "__new__", ScannerNew);
        DefStatic(EncoderType, "__new__", EncoderNew);
        foreach (var name in new[] { "strict", "object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant" })
        {
            var n = name;
            GetSet(ScannerType, n, s => ((Scanner)s).Member(n));
        }
        foreach (var name in new[] { "markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys" })
        {
            var n = name;
            GetSet(EncoderType, n, s => ((Encoder)s).Member(n));
        }
        ScannerType.Modified(); EncoderType.Modified();
    }

    public static PyModule Create()
    {
        var m = new PyModule("_json");
        var d = m.Dict!;
        d.Set("__doc__", PyStr.From("json speedups\n"));
        d.Set("encode_basestring_ascii", s_encodeAscii);
        d.Set("encode_basestring", s_encode);
        d.Set("scanstring", Fn("scanstring", PyScanstring));
        d.Set("make_scanner", ScannerType);
        d.Set("make_encoder", EncoderType);
        return m;
    }

    private static PyStr StrArg(PyObject o) =>
        o as PyStr ?? throw PyExc.TypeError($"first argument must be a string, not {Ops.TypeName(o)}");

    /// <summary>Code-point access to a str (char indexing when it has no astral characters).</summary>
    private readonly struct Text
    {
        private readonly string? _s;
        private readonly int[]? _cps;
        public readonly int Length;
        public readonly PyStr Str;
        public Text(PyStr s)
        {
            Str = s;
            if (s.IsBmp) { _s = s.Value; Length = _s.Length; }
            else { _cps = s.CodePoints; Length = _cps.Length; }
        }
        public int this[int i] => _s != null ? _s[i] : _cps![i];
        public string Slice(int start, int end) => _s != null ? _s.Substring(start, end - start) : Str.Substring(start, end);
    }

    // ------------------------------------------------------------------ errors

    // raise_errmsg: json.decoder.JSONDecodeError(msg, s, end), looked up in sys.modules as _PyImport_GetModuleId does.
    private static PyException ErrMsg(string msg, PyStr s, long end)
    {
        var modules = Interpreter.Current.Sys.Dict!.Get("modules")!;
        PyObject decoder;
        try { decoder = Ops.GetItem(modules, PyStr.From("json.decoder")); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.KeyError))
        {
            decoder = Import.ImportModuleLevel("json.decoder", null, PyTuple.Of(PyStr.From("JSONDecodeError")), 0);
        }
        var cls = Ops.GetAttr(decoder, "JSONDecodeError");
        var exc = Ops.Call(cls, PyStr.From(msg), s, PyInt.From(end));
        if (exc is PyBaseException be) return PyExc.FromValue(be);
        return PyExc.TypeError("exceptions must derive from BaseException");
    }

    // raise_stop_iteration
    private static PyException StopAt(long idx) => PyExc.StopIteration(PyInt.From(idx));

    // ------------------------------------------------------------------ scanstring

    private static bool IsWhitespace(int c) => c == ' ' || c == '\t' || c == '\n' || c == '\r';

    private static int HexDigit(int d) => d switch
    {
        >= '0' and <= '9' => d - '0',
        >= 'a' and <= 'f' => d - 'a' + 10,
        >= 'A' and <= 'F' => d - 'A' + 10,
        _ => -1,
    };

    // scanstring_unicode: end is the index after the opening quote; returns the decoded string and sets next.
    private static PyStr ScanString(in Text t, int end, bool strict, out int next)
    {
        int len = t.Length;
        int begin = end - 1;
        if (end < 0 || len < end) throw PyExc.ValueError("end is out of bounds");
        StringBuilder? sb = null;
        while (true)
        {
            int c = 0, n;
            for (n = end; n < len; n++)
            {
                c = t[n];
                if (c == '"' || c == '\\') break;
                if (strict && c <= 0x1f) throw ErrMsg("Invalid control character at", t.Str, n);
            }
            if (!(c == '"' || c == '\\')) throw ErrMsg("Unterminated string starting at", t.Str, begin);
            if (c == '"' && sb == null)
            {
                // The common case: no escapes at all.
                next = n + 1;
                return PyStr.From(t.Slice(end, n));
            }
            sb ??= new StringBuilder();
            if (n != end) sb.Append(t.Slice(end, n));
            n++;
            if (c == '"') { end = n; break; }
            if (n == len) throw ErrMsg("Unterminated string starting at", t.Str, begin);
            c = t[n];
            if (c != 'u')
            {
                end = n + 1;
                c = c switch
                {
                    '"' => '"', '\\' => '\\', '/' => '/',
                    'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t',
                    _ => 0,
                };
                if (c == 0) throw ErrMsg("Invalid \\escape", t.Str, end - 2);
            }
            else
            {
                c = 0;
                n++;
                end = n + 4;
                if (end >= len) throw ErrMsg("Invalid \\uXXXX escape", t.Str, n - 1);
                for (; n < end; n++)
                {
                    int d = HexDigit(t[n]);
                    if (d < 0) throw ErrMsg("Invalid \\uXXXX escape", t.Str, end - 5);
                    c = (c << 4) | d;
                }
                // Surrogate pair
                if (c >= 0xD800 && c <= 0xDBFF && end + 6 < len && t[n++] == '\\' && t[n++] == 'u')
                {
                    int c2 = 0;
                    end += 6;
                    for (; n < end; n++)
                    {
                        int d = HexDigit(t[n]);
                        if (d < 0) throw ErrMsg("Invalid \\uXXXX escape", t.Str, end - 5);
                        c2 = (c2 << 4) | d;
                    }
                    if (c2 >= 0xDC00 && c2 <= 0xDFFF) c = 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00);
                    else end -= 6;
                }
            }
            if (c >= 0xD800 && c <= 0xDFFF) sb.Append((char)c);
            else PyStr.AppendCodePoint(sb, c);
        }
        next = end;
        return PyStr.From(sb.ToString());
    }

    // py_scanstring: scanstring(string, end, strict=True) -> (string, end)
    private static PyObject PyScanstring(ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        NoKw("scanstring", kw);
        CheckCount("scanstring", a.Length, 2, 3);
        long end = AsIndex(a[1]);
        bool strict = a.Length < 3 || Ops.IsTrue(a[2]);
        var s = StrArg(a[0]);
        var t = new Text(s);
        if (end < 0 || end > t.Length) throw PyExc.ValueError("end is out of bounds");
        var r = ScanString(t, (int)end, strict, out int next);
        return PyTuple.Of(r, PyInt.From(next));
    }

    private static long AsIndex(PyObject o)
    {
        if (o is PyInt i) return (long)i.Value;
        if (o.Type.Lookup("__index__") == null)
            throw PyExc.TypeError($"'{Ops.TypeName(o)}' object cannot be interpreted as an integer");
        return (long)((PyInt)Ops.CallMethod(o, "__index__")).Value;
    }

    // ------------------------------------------------------------------ scanner

    private sealed class Scanner(PyType t) : PyCallableObject(t)
    {
        public PyObject StrictObj = None, ObjectHook = None, PairsHook = None, ParseFloat = None, ParseInt = None, ParseConstant = None;
        public bool Strict;
        public readonly PyDict Memo = new();

        public PyObject Member(string name) => name switch
        {
            "strict" => StrictObj, "object_hook" => ObjectHook, "object_pairs_hook" => PairsHook,
            "parse_float" => ParseFloat, "parse_int" => ParseInt, _ => ParseConstant,
        };

        // scanner_call: scan_once(string, idx) -> (value, end)
        public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
        {
            var p = Unpack("scan_once", args, kwnames, new[] { "string", "idx" }, 2);
            var s = p[0]!;
            long idx = AsIndex(p[1]!);
            if (s is not PyStr str) throw PyExc.TypeError($"first argument must be a string, not {Ops.TypeName(s)}");
            try
            {
                var t = new Text(str);
                var r = ScanOnce(t, (int)Math.Min(idx, int.MaxValue), out int next);
                return PyTuple.Of(r, PyInt.From(next));
            }
            finally { Memo.Clear(); }
        }

        // scan_once_unicode
        private PyObject ScanOnce(in Text t, int idx, out int next)
        {
            int length = t.Length;
            if (idx < 0) throw PyExc.ValueError("idx cannot be negative");
            if (idx >= length) throw StopAt(idx);
            var ts = Ceval.PyThreadState.Current;
            switch (t[idx])
            {
                case '"':
                    return ScanString(t, idx + 1, Strict, out next);
                case '{':
                    ts.EnterRecursiveCall(" while decoding a JSON object from a unicode string");
                    try { return ParseObject(t, idx + 1, out next); }
                    finally { ts.LeaveRecursiveCall(); }
                case '[':
                    ts.EnterRecursiveCall(" while decoding a JSON array from a unicode string");
                    try { return ParseArray(t, idx + 1, out next); }
                    finally { ts.LeaveRecursiveCall(); }
                case 'n':
                    if (Match(t, idx, "null")) { next = idx + 4; return None; }
                    break;
                case 't':
                    if (Match(t, idx, "true")) { next = idx + 4; return PyBool.True; }
                    break;
                case 'f':
                    if (Match(t, idx, "false")) { next = idx + 5; return PyBool.False; }
                    break;
                case 'N':
                    if (Match(t, idx, "NaN")) return Constant("NaN", idx, out next);
                    break;
                case 'I':
                    if (Match(t, idx, "Infinity")) return Constant("Infinity", idx, out next);
                    break;
                case '-':
                    if (Match(t, idx, "-Infinity")) return Constant("-Infinity", idx, out next);
                    break;
            }
            return MatchNumber(t, idx, out next);
        }

        private static bool Match(in Text t, int idx, string word)
        {
            if (idx + word.Length > t.Length) return false;
            for (int i = 1; i < word.Length; i++)
                if (t[idx + i] != word[i]) return false;
            return true;
        }

        // _parse_constant
        private PyObject Constant(string constant, int idx, out int next)
        {
            var r = Ops.Call(ParseConstant, PyStr.Intern(constant));
            next = idx + constant.Length;
            return r;
        }

        // _parse_object_unicode: idx is just after '{'
        private PyObject ParseObject(in Text t, int idx, out int next)
        {
            int endIdx = t.Length - 1;
            bool hasPairsHook = PairsHook != None;
            PyList? pairs = hasPairsHook ? new PyList() : null;
            PyDict? rval = hasPairsHook ? null : new PyDict();
            while (idx <= endIdx && IsWhitespace(t[idx])) idx++;
            if (idx > endIdx || t[idx] != '}')
            {
                while (true)
                {
                    if (idx > endIdx || t[idx] != '"')
                        throw ErrMsg("Expecting property name enclosed in double quotes", t.Str, idx);
                    PyObject key = ScanString(t, idx + 1, Strict, out int nextIdx);
                    var memokey = Memo.GetItemOrNull(key);
                    if (memokey != null) key = memokey;
                    else Memo.SetItem(key, key);
                    idx = nextIdx;
                    while (idx <= endIdx && IsWhitespace(t[idx])) idx++;
                    if (idx > endIdx || t[idx] != ':') throw ErrMsg("Expecting ':' delimiter", t.Str, idx);
                    idx++;
                    while (idx <= endIdx && IsWhitespace(t[idx])) idx++;
                    var val = ScanOnce(t, idx, out nextIdx);
                    if (hasPairsHook) pairs!.Append(PyTuple.Of(key, val));
                    else rval!.SetItem(key, val);
                    idx = nextIdx;
                    while (idx <= endIdx && IsWhitespace(t[idx])) idx++;
                    if (idx <= endIdx && t[idx] == '}') break;
                    if (idx > endIdx || t[idx] != ',') throw ErrMsg("Expecting ',' delimiter", t.Str, idx);
                    idx++;
                    while (idx <= endIdx && IsWhitespace(t[idx])) idx++;
                }
            }
            next = idx + 1;
            if (hasPairsHook) return Ops.Call(PairsHook, pairs!);
            if (ObjectHook != None) return Ops.Call(ObjectHook, rval!);
            return rval!;
        }

        // _parse_array_unicode: idx is just after '['
        private PyObject ParseArray(in Text t, int idx, out int next)
        {
            int endIdx = t.Length - 1;
            var rval = new PyList();
            while (idx <= endIdx && IsWhitespace(t[idx])) idx++;
            if (idx > endIdx || t[idx] != ']')
            {
                while (true)
                {
                    var val = ScanOnce(t, idx, out int nextIdx);
                    rval.Append(val);
                    idx = nextIdx;
                    while (idx <= endIdx && IsWhitespace(t[idx])) idx++;
                    if (idx <= endIdx && t[idx] == ']') break;
                    if (idx > endIdx || t[idx] != ',') throw ErrMsg("Expecting ',' delimiter", t.Str, idx);
                    idx++;
                    while (idx <= endIdx && IsWhitespace(t[idx])) idx++;
                }
            }
            if (idx > endIdx || t[idx] != ']') throw ErrMsg("Expecting value", t.Str, endIdx);
            next = idx + 1;
            return rval;
        }

        private static bool IsDigit(int c) => c >= '0' && c <= '9';

        // _match_number_unicode
        private PyObject MatchNumber(in Text t, int start, out int next)
        {
            int endIdx = t.Length - 1;
            int idx = start;
            bool isFloat = false;
            if (t[idx] == '-')
            {
                idx++;
                if (idx > endIdx) throw StopAt(start);
            }
            if (t[idx] >= '1' && t[idx] <= '9')
            {
                idx++;
                while (idx <= endIdx && IsDigit(t[idx])) idx++;
            }
            else if (t[idx] == '0') idx++;
            else throw StopAt(start);
            if (idx < endIdx && t[idx] == '.' && IsDigit(t[idx + 1]))
            {
                isFloat = true;
                idx += 2;
                while (idx <= endIdx && IsDigit(t[idx])) idx++;
            }
            if (idx < endIdx && (t[idx] == 'e' || t[idx] == 'E'))
            {
                int eStart = idx;
                idx++;
                if (idx < endIdx && (t[idx] == '-' || t[idx] == '+')) idx++;
                while (idx <= endIdx && IsDigit(t[idx])) idx++;
                if (IsDigit(t[idx - 1])) isFloat = true;
                else idx = eStart;
            }
            PyObject? custom = null;
            if (isFloat && ParseFloat != Types.Float) custom = ParseFloat;
            else if (!isFloat && ParseInt != Types.Int) custom = ParseInt;
            string numstr = t.Slice(start, idx);
            next = idx;
            if (custom != null) return Ops.Call(custom, PyStr.From(numstr));
            if (isFloat) return PyFloat.From(double.Parse(numstr, NumberStyles.Float, CultureInfo.InvariantCulture));
            if (numstr.Length < 18) return PyInt.From(long.Parse(numstr, CultureInfo.InvariantCulture));
            return Ops.Call(Types.Int, PyStr.From(numstr));
        }
    }

    // scanner_new: make_scanner(context)
    private static PyObject ScannerNew(ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var cls = (PyType)a[0];
        var p = Unpack("make_scanner", a[1..], kw, new[] { "context" }, 1);
        var ctx = p[0]!;
        var s = new Scanner(cls);
        s.StrictObj = Ops.GetAttr(ctx, "strict");
        s.Strict = Ops.IsTrue(s.StrictObj);
        s.ObjectHook = Ops.GetAttr(ctx, "object_hook");
        s.PairsHook = Ops.GetAttr(ctx, "object_pairs_hook");
        s.ParseFloat = Ops.GetAttr(ctx, "parse_float");
        s.ParseInt = Ops.GetAttr(ctx, "parse_int");
        s.ParseConstant = Ops.GetAttr(ctx, "parse_constant");
        return s;
    }

    // ------------------------------------------------------------------ encoder

    // ascii_escape_unicode / escape_unicode
    private static string EscapeUnicode(PyStr s, bool ascii)
    {
        var v = s.Value;
        var sb = new StringBuilder(v.Length + 2);
        sb.Append('"');
        foreach (char c in v)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    // UTF-16 units are exactly the \uXXXX(\uXXXX) pairs ascii_escape_unichar writes for astral characters.
                    if (c < ' ' || (ascii && c > '~')) sb.Append("\\u").Append(((int)c).ToString("x4"));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
        return sb.ToString();
    }

    private sealed class Encoder(PyType t) : PyCallableObject(t)
    {
        public PyObject Markers = None, DefaultFn = None, EncoderFn = None, Indent = None;
        public PyStr KeySeparator = PyStr.Empty, ItemSeparator = PyStr.Empty;
        public bool SortKeys, SkipKeys, AllowNan;
        public int FastEncode;  // 0 none, 1 ascii, 2 unicode

        public PyObject Member(string name) => name switch
        {
            "markers" => Markers, "default" => DefaultFn, "encoder" => EncoderFn, "indent" => Indent,
            "key_separator" => KeySeparator, "item_separator" => ItemSeparator,
            "sort_keys" => SortKeys ? PyBool.True : PyBool.False,
            _ => SkipKeys ? PyBool.True : PyBool.False,
        };

        // encoder_call: _iterencode(obj, _current_indent_level) -> (str,)
        public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
        {
            var p = Unpack("_iterencode", args, kwnames, new[] { "obj", "_current_indent_level" }, 2);
            long level = AsIndex(p[1]!);
            var sb = new StringBuilder();
            Encode(sb, p[0]!, level);
            return PyTuple.Of(PyStr.From(sb.ToString()));
        }

        // encoder_encode_float
        private string EncodeFloat(PyObject o)
        {
            double d = ((PyFloat)o).Value;
            if (!double.IsFinite(d))
            {
                if (!AllowNan) throw PyExc.ValueError("Out of range float values are not JSON compliant");
                return d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN";
            }
            return PyFloat.Repr(d);
        }

        // encoder_encode_string
        private string EncodeString(PyObject o)
        {
            if (FastEncode != 0) return EscapeUnicode((PyStr)o, FastEncode == 1);
            var r = Ops.Call(EncoderFn, o);
            if (r is not PyStr s) throw PyExc.TypeError($"encoder() must return a string, not {Ops.TypeName(r)}");
            return s.Value;
        }

        private static string EncodeLong(PyObject o) => ((PyInt)o).ToDecimalString();

        private PyObject? EnterMarker(PyObject o)
        {
            if (Markers == None) return null;
            var ident = PyInt.From(o.Id);
            if (Ops.Contains(Markers, ident)) throw PyExc.ValueError("Circular reference detected");
            Ops.SetItem(Markers, ident, o);
            return ident;
        }

        private void LeaveMarker(PyObject? ident)
        {
            if (ident != null) Ops.DelItem(Markers, ident);
        }

        // encoder_listencode_obj
        private void Encode(StringBuilder sb, PyObject obj, long level)
        {
            var ts = Ceval.PyThreadState.Current;
            if (obj == None) sb.Append("null");
            else if (obj == PyBool.True) sb.Append("true");
            else if (obj == PyBool.False) sb.Append("false");
            else if (obj is PyStr) sb.Append(EncodeString(obj));
            else if (obj is PyInt) sb.Append(EncodeLong(obj));
            else if (obj is PyFloat) sb.Append(EncodeFloat(obj));
            else if (obj is PyList || obj is PyTuple)
            {
                ts.EnterRecursiveCall(" while encoding a JSON object");
                try { EncodeList(sb, obj, level); }
                finally { ts.LeaveRecursiveCall(); }
            }
            else if (obj is PyDict d)
            {
                ts.EnterRecursiveCall(" while encoding a JSON object");
                try { EncodeDict(sb, d, level); }
                finally { ts.LeaveRecursiveCall(); }
            }
            else
            {
                var ident = EnterMarker(obj);
                var newobj = Ops.Call(DefaultFn, obj);
                ts.EnterRecursiveCall(" while encoding a JSON object");
                try { Encode(sb, newobj, level); }
                finally { ts.LeaveRecursiveCall(); }
                LeaveMarker(ident);
            }
        }

        // encoder_listencode_dict
        private void EncodeDict(StringBuilder sb, PyDict dct, long level)
        {
            if (dct.Count == 0) { sb.Append("{}"); return; }
            var ident = EnterMarker(dct);
            sb.Append('{');
            if (Indent != None) level++;  // as in C: the C encoder is only used without indent
            // PyMapping_Items: PyDict_Items for an exact dict, else list(o.items())
            PyList items;
            if (dct.Type == Types.Dict)
            {
                var l = new List<PyObject>(dct.Count);
                foreach (var kv in dct.Items()) l.Add(PyTuple.Of(kv.Key, kv.Value));
                items = new PyList(l);
            }
            else items = new PyList(Ops.ToList(Ops.CallMethod(dct, "items")));
            if (SortKeys) ListMethods.Sort(items, null, false);
            bool first = true;
            for (int i = 0; i < items.Count; i++)
            {
                var item = items.Items[i];
                if (item is not PyTuple tup || tup.Items.Length != 2) throw PyExc.ValueError("items must return 2-tuples");
                var key = tup.Items[0];
                var value = tup.Items[1];
                PyObject kstr;
                if (key is PyStr) kstr = key;
                else if (key is PyFloat) kstr = PyStr.From(EncodeFloat(key));
                else if (key == PyBool.True) kstr = PyStr.From("true");
                else if (key == PyBool.False) kstr = PyStr.From("false");
                else if (key == None) kstr = PyStr.From("null");
                else if (key is PyInt) kstr = PyStr.From(EncodeLong(key));
                else if (SkipKeys) continue;
                else throw PyExc.TypeError($"keys must be str, int, float, bool or None, not {Ops.TypeName(key)}");
                if (!first) sb.Append(ItemSeparator.Value);
                first = false;
                sb.Append(EncodeString(kstr));
                sb.Append(KeySeparator.Value);
                Encode(sb, value, level);
            }
            LeaveMarker(ident);
            sb.Append('}');
        }

        // encoder_listencode_list
        private void EncodeList(StringBuilder sb, PyObject seq, long level)
        {
            var items = seq is PyList l ? l.ToArray() : ((PyTuple)seq).Items;
            if (items.Length == 0) { sb.Append("[]"); return; }
            var ident = EnterMarker(seq);
            sb.Append('[');
            if (Indent != None) level++;
            for (int i = 0; i < items.Length; i++)
            {
                if (i > 0) sb.Append(ItemSeparator.Value);
                Encode(sb, items[i], level);
            }
            LeaveMarker(ident);
            sb.Append(']');
        }
    }

    // encoder_new: make_encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan)
    private static PyObject EncoderNew(ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var cls = (PyType)a[0];
        var p = Unpack("make_encoder", a[1..], kw,
            new[] { "markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan" }, 9);
        if (p[0] != None && p[0] is not PyDict)
            throw PyExc.TypeError($"make_encoder() argument 1 must be dict or None, not {Ops.TypeName(p[0]!)}");
        for (int i = 4; i <= 5; i++)
            if (p[i] is not PyStr)
                throw PyExc.TypeError($"make_encoder() argument {i + 1} must be str, not {Ops.TypeName(p[i]!)}");
        var e = new Encoder(cls)
        {
            Markers = p[0]!, DefaultFn = p[1]!, EncoderFn = p[2]!, Indent = p[3]!,
            KeySeparator = (PyStr)p[4]!, ItemSeparator = (PyStr)p[5]!,
            SortKeys = Ops.IsTrue(p[6]!), SkipKeys = Ops.IsTrue(p[7]!), AllowNan = Ops.IsTrue(p[8]!),
        };
        e.FastEncode = ReferenceEquals(e.EncoderFn, s_encodeAscii) ? 1 : ReferenceEquals(e.EncoderFn, s_encode) ? 2 : 0;
        return e;
    }
}
