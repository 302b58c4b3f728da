using System.Text;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;

namespace Pyref.VM.Modules.Posix;

/// <summary>A path argument as posixmodule.c's path_t: the object given (for error messages), the bytes passed to C,
/// whether it was bytes (results then are bytes too), or the file descriptor given in its place.</summary>
internal readonly record struct PathArg(PyObject Object, byte[]? Narrow, bool IsBytes, int Fd)
{
    public bool IsFd => Narrow == null;
    public byte[] C => Libc.CString(Narrow!);
}

/// <summary>Filesystem encoding (UTF-8 with surrogateescape, as CPython on Linux) and Modules/posixmodule.c path_converter.</summary>
internal static class Fs
{
    /// <summary>os.fsencode of a str: UTF-8, lone surrogates U+DC80..U+DCFF back to the bytes they escaped.</summary>
    public static byte[] Encode(string s)
    {
        bool plain = true;
        foreach (var c in s) if (char.IsSurrogate(c)) { plain = false; break; }
        if (plain) return Encoding.UTF8.GetBytes(s);
        var r = new List<byte>();
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                r.AddRange(Encoding.UTF8.GetBytes(s.Substring(i, 2)));
                i++;
            }
            else if (c >= 0xDC80 && c <= 0xDCFF) r.Add((byte)(c - 0xDC00));
            else if (char.IsSurrogate(c))
                throw PyExc.Make(Types.UnicodeEncodeError, $"'utf-8' codec can't encode character '\\u{(int)c:x4}' in position {i}: surrogates not allowed");
            else r.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
        }
        return r.ToArray();
    }

    /// <summary>os.fsdecode of bytes: UTF-8, undecodable bytes as U+DC80..U+DCFF (surrogateescape).</summary>
    public static string Decode(ReadOnlySpan<byte> b)
    {
        if (System.Text.Unicode.Utf8.IsValid(b)) return Encoding.UTF8.GetString(b);
        var sb = new StringBuilder();
        int i = 0;
        while (i < b.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(b[i..], out var rune, out int used);
            if (status == System.Buffers.OperationStatus.Done) { sb.Append(rune.ToString()); i += used; }
            else { sb.Append((char)(0xDC00 + b[i])); i++; }
        }
        return sb.ToString();
    }

    public static PyObject DecodeAs(byte[] name, bool asBytes) => asBytes ? PyBytes.From(name) : PyStr.From(Decode(name));

    /// <summary>PyOS_FSPath (Modules/posixmodule.c): str and bytes as they are, else __fspath__.</summary>
    public static PyObject FsPath(PyObject path)
    {
        if (path is PyStr || path is PyBytes) return path;
        var f = path.Type.Lookup("__fspath__");
        if (f == null)
            throw PyExc.TypeError($"expected str, bytes or os.PathLike object, not {Ops.TypeName(path)}");
        var r = Ops.CallDescriptor(f, path);
        if (r is not PyStr && r is not PyBytes)
            throw PyExc.TypeError($"expected {Ops.TypeName(path)}.__fspath__() to return str or bytes, not {Ops.TypeName(r)}");
        return r;
    }

    /// <summary>path_converter: str, bytes, os.PathLike, or (when <paramref name="allowFd"/>) an int file descriptor.</summary>
    public static PathArg Path(string func, string argname, PyObject o, bool allowFd = false, bool nullable = false)
    {
        if (nullable && o == Singletons.None) return new PathArg(o, Encoding.UTF8.GetBytes("."), false, -1);
        if (allowFd && o is PyInt fi && o is not PyBool)
            return new PathArg(o, null, false, (int)Native.ToLong(fi));
        PyObject v = o;
        if (o is not PyStr && o is not PyBytes)
        {
            var f = o.Type.Lookup("__fspath__");
            if (f == null)
            {
                var allowed = allowFd ? (nullable ? "string, bytes, os.PathLike, integer or None" : "string, bytes, os.PathLike or integer")
                    : nullable ? "string, bytes, os.PathLike or None" : "string, bytes or os.PathLike";
                throw PyExc.TypeError($"{func}: {argname} should be {allowed}, not {Ops.TypeName(o)}");
            }
            v = Ops.CallDescriptor(f, o);
            if (v is not PyStr && v is not PyBytes)
                throw PyExc.TypeError($"expected {Ops.TypeName(o)}.__fspath__() to return str or bytes, not {Ops.TypeName(v)}");
        }
        byte[] narrow;
        if (v is PyStr s)
        {
            if (s.Value.Contains('\0')) throw PyExc.ValueError($"{func}: embedded null character in {argname}");
            narrow = Encode(s.Value);
        }
        else
        {
            narrow = ((PyBytes)v).Value;
            if (Array.IndexOf(narrow, (byte)0) >= 0) throw PyExc.ValueError($"{func}: embedded null character in {argname}");
        }
        return new PathArg(o, narrow, v is PyBytes, -1);
    }
}
