using System.Text;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>The codec functions of Modules/_codecsmodule.c (utf_8_decode, charmap_encode, ...), over the
/// encoders and decoders of Objects/unicodeobject.c with Python/codecs.c error handling.</summary>
public static partial class CodecsModule
{
    private static void AddCodecFunctions(PyDict d)
    {
        // Encoders: (str, errors=None) -> (bytes, len(str)).
        DefEncode(d, "utf_8_encode", (s, err) => EncodeUtf8(s, err));
        DefEncode(d, "ascii_encode", (s, err) => EncodeCharmapLimit(s, err, "ascii", 128));
        DefEncode(d, "latin_1_encode", (s, err) => EncodeCharmapLimit(s, err, "latin-1", 256));
        DefEncode(d, "utf_16_le_encode", (s, err) => EncodeUtf16(s, err, -1));
        DefEncode(d, "utf_16_be_encode", (s, err) => EncodeUtf16(s, err, 1));
        DefEncode(d, "utf_32_le_encode", (s, err) => EncodeUtf32(s, err, -1));
        DefEncode(d, "utf_32_be_encode", (s, err) => EncodeUtf32(s, err, 1));
        DefEncode(d, "unicode_escape_encode", (s, err) => UnicodeEscapeEncode(s, raw: false));
        DefEncode(d, "raw_unicode_escape_encode", (s, err) => UnicodeEscapeEncode(s, raw: true));
        DefEncode(d, "utf_7_encode", (s, err) => Utf7().GetBytes(s.Value));
        foreach (var (name, bits) in new[] { ("utf_16_encode", 16), ("utf_32_encode", 32) })
            d.Set(name, Fn(name, (a, kw) =>
            {
                var p = Parse(name, a, kw, new[] { "str", "errors", "byteorder" }, 1, posOnly: 3);
                var s = p[0] as PyStr ?? throw PyExc.TypeError($"{name}() argument 1 must be str, not {Ops.TypeName(p[0]!)}");
                var err = Errors(p[1]);
                int order = p[2] == null ? 0 : ToInt(p[2]!);
                byte[] body = bits == 16 ? EncodeUtf16(s, err, order == 0 ? -1 : order) : EncodeUtf32(s, err, order == 0 ? -1 : order);
                if (order == 0) body = (bits == 16 ? new byte[] { 0xFF, 0xFE } : new byte[] { 0xFF, 0xFE, 0, 0 }).Concat(body).ToArray();
                return PyTuple.Of(PyBytes.From(body), PyInt.From(s.Length));
            }));

        // Decoders: (data, errors=None, final=False) -> (str, consumed).
        DefDecode(d, "utf_8_decode", (b, err, final) => DecodeUtf8(b, err, final));
        DefDecode(d, "ascii_decode", (b, err, final) => DecodeCharmapLimit(b, err, "ascii", 128), hasFinal: false);
        DefDecode(d, "latin_1_decode", (b, err, final) => DecodeCharmapLimit(b, err, "latin-1", 256), hasFinal: false);
        DefDecode(d, "utf_16_le_decode", (b, err, final) => DecodeUtf(b, err, final, 16, -1).Text);
        DefDecode(d, "utf_16_be_decode", (b, err, final) => DecodeUtf(b, err, final, 16, 1).Text);
        DefDecode(d, "utf_32_le_decode", (b, err, final) => DecodeUtf(b, err, final, 32, -1).Text);
        DefDecode(d, "utf_32_be_decode", (b, err, final) => DecodeUtf(b, err, final, 32, 1).Text);
        DefDecode(d, "utf_16_decode", (b, err, final) => DecodeUtf(b, err, final, 16, 0).Text);
        DefDecode(d, "utf_32_decode", (b, err, final) => DecodeUtf(b, err, final, 32, 0).Text);
        DefDecode(d, "unicode_escape_decode", (b, err, final) => UnicodeEscapeDecode(b, err, raw: false, final), acceptStr: true);
        DefDecode(d, "raw_unicode_escape_decode", (b, err, final) => UnicodeEscapeDecode(b, err, raw: true, final), acceptStr: true);
        DefDecode(d, "utf_7_decode", (b, err, final) => (Utf7().GetString(b), b.Length));
        foreach (var (name, bits) in new[] { ("utf_16_ex_decode", 16), ("utf_32_ex_decode", 32) })
            d.Set(name, Fn(name, (a, kw) =>
            {
                var p = Parse(name, a, kw, new[] { "data", "errors", "byteorder", "final" }, 1, posOnly: 4);
                var b = BytesMethods.AsBytes(p[0]!).ToArray();
                int order = p[2] == null ? 0 : ToInt(p[2]!);
                var r = DecodeUtf(b, Errors(p[1]), p[3] != null && Ops.IsTrue(p[3]!), bits, order);
                return PyTuple.Of(PyStr.From(r.Text.Text), PyInt.From(r.Text.Consumed), PyInt.From(r.Order));
            }));

        d.Set("charmap_decode", Fn("charmap_decode", (a, kw) =>
        {
            var p = Parse("charmap_decode", a, kw, new[] { "data", "errors", "mapping" }, 1, posOnly: 3);
            var b = BytesMethods.AsBytes(p[0]!).ToArray();
            var err = Errors(p[1]);
            if (p[2] == null || p[2] == None) { var r = DecodeCharmapLimit(b, err, "latin-1", 256); return PyTuple.Of(PyStr.From(r.Text), PyInt.From(r.Consumed)); }
            return PyTuple.Of(PyStr.From(CharmapDecode(b, err, p[2]!)), PyInt.From(b.Length));
        }));
        d.Set("charmap_encode", Fn("charmap_encode", (a, kw) =>
        {
            var p = Parse("charmap_encode", a, kw, new[] { "str", "errors", "mapping" }, 1, posOnly: 3);
            var s = p[0] as PyStr ?? throw PyExc.TypeError($"charmap_encode() argument 1 must be str, not {Ops.TypeName(p[0]!)}");
            var err = Errors(p[1]);
            var bytes = p[2] == null || p[2] == None ? EncodeCharmapLimit(s, err, "latin-1", 256) : CharmapEncode(s, err, p[2]!);
            return PyTuple.Of(PyBytes.From(bytes), PyInt.From(s.Length));
        }));
        d.Set("charmap_build", Fn("charmap_build", (a, kw) =>
        {
            // DEVIATION(CPython): an ordinary dict {code point: byte} stands for the EncodingMap object.
            NoKeywords("charmap_build", kw); CheckCount("charmap_build", a.Length, 1, 1);
            var s = a[0] as PyStr ?? throw PyExc.TypeError($"charmap_build() argument must be str, not {Ops.TypeName(a[0])}");
            var map = new PyDict();
            for (int i = 0; i < s.Length; i++) map.SetItem(PyInt.From(s.CodePointAt(i)), PyInt.From(i));
            return map;
        }));
        d.Set("escape_encode", Fn("escape_encode", (a, kw) =>
        {
            var p = Parse("escape_encode", a, kw, new[] { "data", "errors" }, 1, posOnly: 2);
            if (p[0] is not PyBytes pb) throw PyExc.TypeError($"escape_encode() argument 1 must be bytes, not {Ops.TypeName(p[0]!)}");
            var r = BytesMethods.Repr(pb.Value, "");
            // Objects/bytesobject.c PyBytes_Repr(obj, smartquotes=0): always single quotes, escaped inside.
            r = r.Substring(1, r.Length - 2);
            if (r.Contains('\'') && !r.Contains("\\'")) r = r.Replace("'", "\\'");
            return PyTuple.Of(PyBytes.From(Encoding.Latin1.GetBytes(r)), PyInt.From(pb.Value.Length));
        }));
        d.Set("escape_decode", Fn("escape_decode", (a, kw) =>
        {
            var p = Parse("escape_decode", a, kw, new[] { "data", "errors" }, 1, posOnly: 2);
            var b = p[0] is PyStr ps ? Encoding.UTF8.GetBytes(ps.Value) : BytesMethods.AsBytes(p[0]!).ToArray();
            return PyTuple.Of(PyBytes.From(EscapeDecode(b, Errors(p[1]))), PyInt.From(b.Length));
        }));
        d.Set("readbuffer_encode", Fn("readbuffer_encode", (a, kw) =>
        {
            var p = Parse("readbuffer_encode", a, kw, new[] { "data", "errors" }, 1, posOnly: 2);
            var b = p[0] is PyStr ps ? Encoding.UTF8.GetBytes(ps.Value) : BytesMethods.AsBytes(p[0]!).ToArray();
            return PyTuple.Of(PyBytes.From(b), PyInt.From(b.Length));
        }));
    }

#pragma warning disable SYSLIB0001 // UTF-7 is obsolete in .NET but still a Python codec.
    // DEVIATION(CPython): UTF-7 goes through .NET's UTF7Encoding: strict-only, no incremental state.
    private static Encoding Utf7() => new UTF7Encoding(false);
#pragma warning restore SYSLIB0001

    private static string Errors(PyObject? o) => o == null || o == None ? "strict" : StrArg("codec", o, 2);

    private static void DefEncode(PyDict d, string name, Func<PyStr, string, byte[]> f) => d.Set(name, Fn(name, (a, kw) =>
    {
        var p = Parse(name, a, kw, new[] { "str", "errors" }, 1, posOnly: 2);
        var s = p[0] as PyStr ?? throw PyExc.TypeError($"{name}() argument 1 must be str, not {Ops.TypeName(p[0]!)}");
        return PyTuple.Of(PyBytes.From(f(s, Errors(p[1]))), PyInt.From(s.Length));
    }));

    private static void DefDecode(PyDict d, string name, Func<byte[], string, bool, (string Text, int Consumed)> f, bool hasFinal = true, bool acceptStr = false) =>
        d.Set(name, Fn(name, (a, kw) =>
        {
            var p = Parse(name, a, kw, hasFinal ? new[] { "data", "errors", "final" } : new[] { "data", "errors" }, 1, posOnly: 3);
            byte[] b = p[0] is PyStr ps && acceptStr ? EncodeUtf8(ps, "strict")
                : p[0] is PyStr ? throw PyExc.TypeError($"a bytes-like object is required, not 'str'")
                : BytesMethods.AsBytes(p[0]!).ToArray();
            var r = f(b, Errors(p[1]), hasFinal && p.Length > 2 && p[2] != null && Ops.IsTrue(p[2]!));
            return PyTuple.Of(PyStr.From(r.Text), PyInt.From(r.Consumed));
        }));

    // ---- error handling (Objects/unicodeobject.c unicode_encode_call_errorhandler / unicode_decode_call_errorhandler_writer)

    private static PyException EncodeError(string codec, PyStr s, int start, int end, string reason)
    {
        var e = new PyBaseException(Types.UnicodeEncodeError)
        {
            Args = PyTuple.Of(PyStr.From(codec), s, PyInt.From(start), PyInt.From(end), PyStr.From(reason)),
        };
        e.SetAttr("encoding", PyStr.From(codec)); e.SetAttr("object", s);
        e.SetAttr("start", PyInt.From(start)); e.SetAttr("end", PyInt.From(end)); e.SetAttr("reason", PyStr.From(reason));
        return new PyException(e);
    }

    /// <summary>Applies the errors handler to s[start..end], which the codec cannot encode; appends the replacement
    /// and returns where encoding resumes. <paramref name="emit"/> encodes replacement text (must be encodable).</summary>
    private static int HandleEncode(List<byte> outb, string codec, PyStr s, int start, int end, string reason, string errors, Func<int, byte[]?> emit)
    {
        void Text(string t)
        {
            foreach (var c in PyStr.ToCodePoints(t))
                outb.AddRange(emit(c) ?? throw EncodeError(codec, s, start, end, reason));
        }
        switch (errors)
        {
            case "strict": throw EncodeError(codec, s, start, end, reason);
            case "ignore": return end;
            case "replace": Text(new string('?', end - start)); return end;
            case "xmlcharrefreplace": case "backslashreplace": case "namereplace":
                for (int i = start; i < end; i++) Text(ReplacementFor(s.CodePointAt(i), errors));
                return end;
            case "surrogateescape":
                for (int i = start; i < end; i++)
                {
                    int c = s.CodePointAt(i);
                    if (c < 0xDC80 || c > 0xDCFF) throw EncodeError(codec, s, start, end, reason);
                    outb.Add((byte)(c - 0xDC00));
                }
                return end;
            case "surrogatepass" when codec == "utf-8":
                for (int i = start; i < end; i++)
                {
                    int c = s.CodePointAt(i);
                    if (c < 0xD800 || c > 0xDFFF) throw EncodeError(codec, s, start, end, reason);
                    outb.Add((byte)(0xE0 | (c >> 12))); outb.Add((byte)(0x80 | ((c >> 6) & 0x3F))); outb.Add((byte)(0x80 | (c & 0x3F)));
                }
                return end;
        }
        var handler = CustomHandler(errors) ?? throw EncodeError(codec, s, start, end, reason);
        var exc = EncodeError(codec, s, start, end, reason).Value;
        var r = Ops.Call(handler, exc);
        if (r is not PyTuple t || t.Items.Length != 2 || t.Items[0] is not (PyStr or PyBytes) || t.Items[1] is not PyInt)
            throw PyExc.TypeError("encoding error handler must return (str/bytes, int) tuple");
        if (t.Items[0] is PyStr rs) Text(rs.Value); else outb.AddRange(((PyBytes)t.Items[0]).Value);
        long pos = ((PyInt)t.Items[1]).Small;
        if (pos < 0) pos += s.Length;
        if (pos < 0 || pos > s.Length) throw PyExc.IndexError($"position {pos} from error handler out of bounds");
        return (int)pos;
    }

    /// <summary>Applies the errors handler to data[start..end]; appends the replacement text and returns where
    /// decoding resumes.</summary>
    private static int HandleDecode(StringBuilder sb, string codec, byte[] data, int start, int end, string reason, string errors)
    {
        switch (errors)
        {
            case "strict": throw IO.TextDecoder.DecodeError(codec, data, start, end, reason);
            case "ignore": return end;
            case "replace": sb.Append('\ufffd'); return end;
            case "backslashreplace":
                for (int i = start; i < end; i++) sb.Append($"\\x{data[i]:x2}");
                return end;
            case "surrogateescape":
            {
                int i = start;
                for (; i < end && i < start + 4; i++)
                {
                    if (data[i] < 128) break;
                    sb.Append((char)(0xDC00 + data[i]));
                }
                if (i == start) throw IO.TextDecoder.DecodeError(codec, data, start, end, reason);
                return i;
            }
            case "surrogatepass" when codec == "utf-8":
                if (start + 3 <= data.Length && (data[start] & 0xF0) == 0xE0 && (data[start + 1] & 0xC0) == 0x80 && (data[start + 2] & 0xC0) == 0x80)
                {
                    int c = ((data[start] & 0x0F) << 12) | ((data[start + 1] & 0x3F) << 6) | (data[start + 2] & 0x3F);
                    if (c >= 0xD800 && c <= 0xDFFF) { sb.Append((char)c); return start + 3; }
                }
                throw IO.TextDecoder.DecodeError(codec, data, start, end, reason);
        }
        var handler = CustomHandler(errors) ?? throw IO.TextDecoder.DecodeError(codec, data, start, end, reason);
        var exc = IO.TextDecoder.DecodeError(codec, data, start, end, reason).Value;
        var r = Ops.Call(handler, exc);
        if (r is not PyTuple t || t.Items.Length != 2 || t.Items[0] is not PyStr rs || t.Items[1] is not PyInt)
            throw PyExc.TypeError("decoding error handler must return (str, int) tuple");
        sb.Append(rs.Value);
        long pos = ((PyInt)t.Items[1]).Small;
        if (pos < 0) pos += data.Length;
        if (pos < 0 || pos > data.Length) throw PyExc.IndexError($"position {pos} from error handler out of bounds");
        return (int)pos;
    }

    // ---- UTF-8 (Objects/unicodeobject.c unicode_encode_utf8, Objects/stringlib/codecs.h utf8_decode)

    internal static byte[] EncodeUtf8(PyStr s, string errors)
    {
        var v = s.Value;
        bool clean = true;
        foreach (var c in v) if (char.IsSurrogate(c)) { clean = false; break; }
        if (clean) return Encoding.UTF8.GetBytes(v);
        var outb = new List<byte>(v.Length);
        var cps = s.CodePoints;
        static byte[]? Emit(int c) => c >= 0xD800 && c <= 0xDFFF ? null : Encoding.UTF8.GetBytes(PyStr.FromCodePoints(new[] { c }));
        for (int i = 0; i < cps.Length;)
        {
            int c = cps[i];
            if (c < 0xD800 || c > 0xDFFF) { outb.AddRange(Emit(c)!); i++; continue; }
            int end = i + 1;
            while (end < cps.Length && cps[end] >= 0xD800 && cps[end] <= 0xDFFF) end++;
            i = HandleEncode(outb, "utf-8", s, i, end, "surrogates not allowed", errors, Emit);
        }
        return outb.ToArray();
    }

    private static (string Text, int Consumed) DecodeUtf8(byte[] data, string errors, bool final)
    {
        if (System.Text.Unicode.Utf8.IsValid(data)) return (Encoding.UTF8.GetString(data), data.Length);
        var sb = new StringBuilder(data.Length);
        int i = 0;
        while (i < data.Length)
        {
            byte b = data[i];
            if (b < 0x80) { sb.Append((char)b); i++; continue; }
            int need, cp;
            if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; }
            else if (b >= 0xE0 && b <= 0xEF) { need = 2; cp = b & 0x0F; }
            else if (b >= 0xF0 && b <= 0xF4) { need = 3; cp = b & 0x07; }
            else { i = HandleDecode(sb, "utf-8", data, i, i + 1, "invalid start byte", errors); continue; }
            int j = 1;
            bool bad = false;
            for (; j <= need && i + j < data.Length; j++)
            {
                byte c = data[i + j];
                bool ok = (c & 0xC0) == 0x80;
                if (ok && j == 1)
                    ok = b == 0xE0 ? c >= 0xA0 : b == 0xED ? c <= 0x9F : b == 0xF0 ? c >= 0x90 : b == 0xF4 ? c <= 0x8F : true;
                if (!ok) { bad = true; break; }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (bad) { i = HandleDecode(sb, "utf-8", data, i, i + j, "invalid continuation byte", errors); continue; }
            if (j <= need)
            {
                if (!final) return (sb.ToString(), i);
                i = HandleDecode(sb, "utf-8", data, i, data.Length, "unexpected end of data", errors);
                continue;
            }
            sb.Append(char.ConvertFromUtf32(cp));
            i += need + 1;
        }
        return (sb.ToString(), data.Length);
    }

    // ---- ASCII / latin-1 (Objects/unicodeobject.c unicode_encode_ucs1, ascii_decode)

    private static byte[] EncodeCharmapLimit(PyStr s, string errors, string codec, int limit)
    {
        var outb = new List<byte>(s.Value.Length);
        byte[]? Emit(int c) => c < limit ? new[] { (byte)c } : null;
        int n = s.Length;
        for (int i = 0; i < n;)
        {
            int c = s.CodePointAt(i);
            if (c < limit) { outb.Add((byte)c); i++; continue; }
            int end = i + 1;
            while (end < n && s.CodePointAt(end) >= limit) end++;
            i = HandleEncode(outb, codec, s, i, end, $"ordinal not in range({limit})", errors, Emit);
        }
        return outb.ToArray();
    }

    private static (string Text, int Consumed) DecodeCharmapLimit(byte[] data, string errors, string codec, int limit)
    {
        var sb = new StringBuilder(data.Length);
        for (int i = 0; i < data.Length;)
        {
            if (data[i] < limit) { sb.Append((char)data[i]); i++; }
            else i = HandleDecode(sb, codec, data, i, i + 1, $"ordinal not in range({limit})", errors);
        }
        return (sb.ToString(), data.Length);
    }

    // ---- UTF-16 / UTF-32 (Objects/unicodeobject.c _PyUnicode_EncodeUTF16/32, PyUnicode_DecodeUTF16Stateful/32Stateful)

    private static byte[] EncodeUtf16(PyStr s, string errors, int order)
    {
        byte[] Unit(int u) => order < 0 ? new[] { (byte)u, (byte)(u >> 8) } : new[] { (byte)(u >> 8), (byte)u };
        byte[]? Emit(int c)
        {
            if (c >= 0xD800 && c <= 0xDFFF) return null;
            if (c < 0x10000) return Unit(c);
            c -= 0x10000;
            return Unit(0xD800 | (c >> 10)).Concat(Unit(0xDC00 | (c & 0x3FF))).ToArray();
        }
        return EncodeUtfUnits(s, errors, order < 0 ? "utf-16-le" : "utf-16-be", Unit, Emit);
    }

    private static byte[] EncodeUtf32(PyStr s, string errors, int order)
    {
        byte[] Unit(int c) => order < 0 ? new[] { (byte)c, (byte)(c >> 8), (byte)(c >> 16), (byte)(c >> 24) } : new[] { (byte)(c >> 24), (byte)(c >> 16), (byte)(c >> 8), (byte)c };
        return EncodeUtfUnits(s, errors, order < 0 ? "utf-32-le" : "utf-32-be", Unit, c => c >= 0xD800 && c <= 0xDFFF ? null : Unit(c));
    }

    /// <summary>The UTF-16/32 encode loop: lone surrogates are errors, written as single units under surrogatepass.</summary>
    private static byte[] EncodeUtfUnits(PyStr s, string errors, string codec, Func<int, byte[]> unit, Func<int, byte[]?> emit)
    {
        var outb = new List<byte>(s.Value.Length * 2);
        int n = s.Length;
        for (int i = 0; i < n;)
        {
            int c = s.CodePointAt(i);
            var e = emit(c);
            if (e != null) { outb.AddRange(e); i++; continue; }
            if (errors == "surrogatepass") { outb.AddRange(unit(c)); i++; continue; }
            i = HandleEncode(outb, codec, s, i, i + 1, "surrogates not allowed", errors, emit);
        }
        return outb.ToArray();
    }

    /// <summary>UTF-16/32 decoding; order 0 reads a BOM (default little-endian), -1 little, 1 big. Returns the
    /// byte order found, as utf_16_ex_decode reports it.</summary>
    private static ((string Text, int Consumed) Text, int Order) DecodeUtf(byte[] data, string errors, bool final, int bits, int order)
    {
        int w = bits / 8, i = 0;
        if (order == 0 && data.Length >= w)
        {
            if (bits == 16 && data[0] == 0xFF && data[1] == 0xFE) { order = -1; i = 2; }
            else if (bits == 16 && data[0] == 0xFE && data[1] == 0xFF) { order = 1; i = 2; }
            else if (bits == 32 && data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0) { order = -1; i = 4; }
            else if (bits == 32 && data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF) { order = 1; i = 4; }
        }
        int reportOrder = order;
        bool big = order > 0;
        string codec = bits == 16 ? (big ? "utf-16-be" : "utf-16-le") : (big ? "utf-32-be" : "utf-32-le");
        int Read(int at) => bits == 16
            ? (big ? (data[at] << 8) | data[at + 1] : data[at] | (data[at + 1] << 8))
            : (big ? (data[at] << 24) | (data[at + 1] << 16) | (data[at + 2] << 8) | data[at + 3] : data[at] | (data[at + 1] << 8) | (data[at + 2] << 16) | (data[at + 3] << 24));
        var sb = new StringBuilder(data.Length / w);
        while (i < data.Length)
        {
            if (i + w > data.Length)
            {
                if (!final) break;
                i = HandleDecode(sb, codec, data, i, data.Length, "truncated data", errors);
                continue;
            }
            int u = Read(i);
            if (bits == 32)
            {
                if ((uint)u > 0x10FFFF) { i = HandleDecode(sb, codec, data, i, i + 4, "code point not in range(0x110000)", errors); continue; }
                if (u >= 0xD800 && u <= 0xDFFF && errors != "surrogatepass") { i = HandleDecode(sb, codec, data, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", errors); continue; }
                PyStr.AppendCodePoint(sb, u); i += 4; continue;
            }
            if (u < 0xD800 || u > 0xDFFF) { sb.Append((char)u); i += 2; continue; }
            if (u >= 0xDC00)
            {
                if (errors == "surrogatepass") { sb.Append((char)u); i += 2; continue; }
                i = HandleDecode(sb, codec, data, i, i + 2, "illegal encoding", errors); continue;
            }
            if (i + 4 > data.Length)
            {
                if (!final) break;
                i = HandleDecode(sb, codec, data, i, data.Length, "unexpected end of data", errors); continue;
            }
            int lo = Read(i + 2);
            if (lo < 0xDC00 || lo > 0xDFFF)
            {
                if (errors == "surrogatepass") { sb.Append((char)u); i += 2; continue; }
                i = HandleDecode(sb, codec, data, i, i + 2, "illegal UTF-16 surrogate", errors); continue;
            }
            sb.Append((char)u).Append((char)lo);
            i += 4;
        }
        return ((sb.ToString(), i), reportOrder);
    }

    // ---- charmap (Objects/unicodeobject.c PyUnicode_DecodeCharmap / PyUnicode_EncodeCharmap)

    private static string CharmapDecode(byte[] data, string errors, PyObject mapping)
    {
        var sb = new StringBuilder(data.Length);
        var table = mapping as PyStr;
        for (int i = 0; i < data.Length;)
        {
            byte b = data[i];
            if (table != null)
            {
                int c = b < table.Length ? table.CodePointAt(b) : 0xFFFE;
                if (c == 0xFFFE) { i = HandleDecode(sb, "charmap", data, i, i + 1, "character maps to <undefined>", errors); continue; }
                PyStr.AppendCodePoint(sb, c); i++; continue;
            }
            PyObject? v;
            try { v = Ops.GetItem(mapping, PyInt.From(b)); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.LookupError)) { v = null; }
            if (v == null || v == None) { i = HandleDecode(sb, "charmap", data, i, i + 1, "character maps to <undefined>", errors); continue; }
            if (v is PyInt vi)
            {
                if (vi.Sign < 0 || vi.Small > 0x10FFFF) throw PyExc.TypeError("character mapping must be in range(0x110000)");
                if (vi.Small == 0xFFFE) { i = HandleDecode(sb, "charmap", data, i, i + 1, "character maps to <undefined>", errors); continue; }
                PyStr.AppendCodePoint(sb, (int)vi.Small);
            }
            else if (v is PyStr vs)
            {
                if (vs.Value == "\ufffe") { i = HandleDecode(sb, "charmap", data, i, i + 1, "character maps to <undefined>", errors); continue; }
                sb.Append(vs.Value);
            }
            else throw PyExc.TypeError("character mapping must return integer, None or str");
            i++;
        }
        return sb.ToString();
    }

    private static byte[] CharmapEncode(PyStr s, string errors, PyObject mapping)
    {
        byte[]? Emit(int c)
        {
            PyObject? v;
            try { v = Ops.GetItem(mapping, PyInt.From(c)); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.LookupError)) { return null; }
            return v switch
            {
                PyInt vi when vi.Sign >= 0 && vi.Small < 256 => new[] { (byte)vi.Small },
                PyInt => throw PyExc.TypeError("character mapping must be in range(256)"),
                PyBytes vb => vb.Value,
                _ when v == None => null,
                _ => throw PyExc.TypeError("character mapping must return integer, bytes or None, not " + Ops.TypeName(v)),
            };
        }
        var outb = new List<byte>(s.Value.Length);
        int n = s.Length;
        for (int i = 0; i < n;)
        {
            var e = Emit(s.CodePointAt(i));
            if (e != null) { outb.AddRange(e); i++; continue; }
            int end = i + 1;
            while (end < n && Emit(s.CodePointAt(end)) == null) end++;
            i = HandleEncode(outb, "charmap", s, i, end, "character maps to <undefined>", errors, Emit);
        }
        return outb.ToArray();
    }
}

public static partial class CodecsModule
{
    // Objects/unicodeobject.c _Py_normalize_encoding as PyUnicode_AsEncodedString uses it for its shortcuts.
    private static string ShortcutName(string encoding) => encoding.ToLowerInvariant().Replace('-', '_').Replace(' ', '_') switch
    {
        "utf_8" or "utf8" => "utf-8",
        "ascii" or "us_ascii" => "ascii",
        "latin_1" or "latin1" or "iso_8859_1" or "iso8859_1" => "latin-1",
        "utf_16_le" => "utf-16-le", "utf_16_be" => "utf-16-be", "utf_16" => "utf-16",
        "utf_32_le" => "utf-32-le", "utf_32_be" => "utf-32-be", "utf_32" => "utf-32",
        _ => "",
    };

    /// <summary>Objects/unicodeobject.c PyUnicode_AsEncodedString then Python/codecs.c _PyCodec_EncodeText.</summary>
    public static byte[] EncodeText(PyStr s, string encoding, string errors)
    {
        switch (ShortcutName(encoding))
        {
            case "utf-8": return EncodeUtf8(s, errors);
            case "ascii": return EncodeCharmapLimit(s, errors, "ascii", 128);
            case "latin-1": return EncodeCharmapLimit(s, errors, "latin-1", 256);
            case "utf-16-le": return EncodeUtf16(s, errors, -1);
            case "utf-16-be": return EncodeUtf16(s, errors, 1);
            case "utf-16": return new byte[] { 0xFF, 0xFE }.Concat(EncodeUtf16(s, errors, -1)).ToArray();
            case "utf-32-le": return EncodeUtf32(s, errors, -1);
            case "utf-32-be": return EncodeUtf32(s, errors, 1);
            case "utf-32": return new byte[] { 0xFF, 0xFE, 0, 0 }.Concat(EncodeUtf32(s, errors, -1)).ToArray();
        }
        return CallCodec(TextEncodingInfo(encoding, "codecs.encode()"), 0, s, errors) switch
        {
            PyBytes b => b.Value,
            // PyUnicode_AsEncodedString: a bytearray result is accepted with a warning in CPython.
            PyByteArray ba => ba.Value.ToArray(),
            var o => throw PyExc.TypeError($"'{encoding}' encoder returned '{Ops.TypeName(o)}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types"),
        };
    }

    /// <summary>Objects/unicodeobject.c PyUnicode_Decode then Python/codecs.c _PyCodec_DecodeText.</summary>
    public static string DecodeText(byte[] data, string encoding, string errors)
    {
        switch (ShortcutName(encoding))
        {
            case "utf-8": return DecodeUtf8(data, errors, true).Text;
            case "ascii": return DecodeCharmapLimit(data, errors, "ascii", 128).Text;
            case "latin-1": return DecodeCharmapLimit(data, errors, "latin-1", 256).Text;
            case "utf-16-le": return DecodeUtf(data, errors, true, 16, -1).Text.Text;
            case "utf-16-be": return DecodeUtf(data, errors, true, 16, 1).Text.Text;
            case "utf-16": return DecodeUtf(data, errors, true, 16, 0).Text.Text;
            case "utf-32-le": return DecodeUtf(data, errors, true, 32, -1).Text.Text;
            case "utf-32-be": return DecodeUtf(data, errors, true, 32, 1).Text.Text;
            case "utf-32": return DecodeUtf(data, errors, true, 32, 0).Text.Text;
        }
        var r = CallCodec(TextEncodingInfo(encoding, "codecs.decode()"), 1, PyBytes.From(data), errors);
        return r is PyStr rs ? rs.Value
            : throw PyExc.TypeError($"'{encoding}' decoder returned '{Ops.TypeName(r)}' instead of 'str'; use codecs.decode() to decode to arbitrary types");
    }

    /// <summary>Python/codecs.c _PyCodec_LookupTextEncoding: codecs marked _is_text_encoding=False are refused.</summary>
    private static PyTuple TextEncodingInfo(string encoding, string alternative)
    {
        var info = (PyTuple)Lookup(encoding);
        var flag = Ops.GetAttrOrNull(info, PyStr.Intern("_is_text_encoding"));
        if (flag != null && !Ops.IsTrue(flag))
            throw PyExc.Make(Types.LookupError, $"'{encoding}' is not a text encoding; use {alternative} to handle arbitrary codecs");
        return info;
    }
}
