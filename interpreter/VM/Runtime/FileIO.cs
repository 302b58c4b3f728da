using System.Text;
using Pyref.VM.Ceval;
using Pyref.VM.Objects;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Runtime;
/// <summary>open() for text and binary files (Modules/_io), reading and writing whole files.
/// DEVIATION(CPython): files are read whole and written by appending per write(); no buffering, seek,
/// encoding or newline options.</summary>
public static class FileIO
{
    public sealed class PyFile : PyObject
    {
        public readonly string Path, Mode;
        public readonly bool Binary;
        public StringBuilder? WriteBuffer;
        public byte[]? Data;
        public string? Text;
        public int Position;
        public bool Closed;
        public PyFile(string path, string mode, bool binary) : base(binary ? Types.BytesIO : Types.TextIO) { Path = path; Mode = mode; Binary = binary; }
    }

    public static PyObject Open(ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = Parse("open", a, kw, new[] { "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener" }, 1);
        var path = Ops.StrString(p[0]!);
        var mode = p[1] == null ? "r" : ((PyStr)p[1]!).Value;
        bool binary = mode.Contains('b');
        var f = new PyFile(path, mode, binary);
        try
        {
            if (mode.Contains('r'))
            {
                if (!File.Exists(path)) throw OsError(2, "No such file or directory", path, Types.FileNotFoundError);
                if (binary) f.Data = File.ReadAllBytes(path);
                else f.Text = File.ReadAllText(path).Replace("\r\n", "\n");
            }
            else if (mode.Contains('w')) { File.WriteAllText(path, ""); f.WriteBuffer = new StringBuilder(); }
            else if (mode.Contains('a')) { f.WriteBuffer = new StringBuilder(); }
            else if (mode.Contains('x'))
            {
                if (File.Exists(path)) throw OsError(17, "File exists", path, Types.FileExistsError);
                f.WriteBuffer = new StringBuilder();
            }
        }
        catch (UnauthorizedAccessException) { throw OsError(13, "Permission denied", path, Types.PermissionError); }
        catch (DirectoryNotFoundException) { throw OsError(2, "No such file or directory", path, Types.FileNotFoundError); }
        return f;
    }

    private static PyException OsError(int errno, string msg, string path, PyType t)
    {
        var e = new PyBaseException(t) { Args = PyTuple.Of(PyInt.From(errno), PyStr.From(msg)) };
        ExceptionTypes.InitSpecialAttributes(e);
        e.SetAttr("filename", PyStr.From(path));
        return new PyException(e);
    }

    public static void Init()
    {
        foreach (var t in new[] { Types.TextIO, Types.BytesIO })
        {
            Def(t, "read", (args, kw) =>
            {
                if (args[0] is not PyFile f) throw PyExc.OSError("not readable");
                long n = args.Length > 1 && args[1] != None ? Ops.IndexAsLong(args[1]) : -1;
                if (f.Binary)
                {
                    var rest = f.Data!.Length - f.Position;
                    int take = (int)(n < 0 || n > rest ? rest : n);
                    var r = f.Data.AsSpan(f.Position, take).ToArray();
                    f.Position += take;
                    return PyBytes.From(r);
                }
                var restT = f.Text!.Length - f.Position;
                int takeT = (int)(n < 0 || n > restT ? restT : n);
                var s = f.Text.Substring(f.Position, takeT);
                f.Position += takeT;
                return PyStr.From(s);
            });
            Def0(t, "readline", a =>
            {
                var f = (PyFile)a;
                if (f.Text == null) return PyStr.Empty;
                int i = f.Text.IndexOf('\n', f.Position);
                int end = i < 0 ? f.Text.Length : i + 1;
                var s = f.Text[f.Position..end];
                f.Position = end;
                return PyStr.From(s);
            });
            Def0(t, "readlines", a =>
            {
                var f = (PyFile)a;
                var r = new PyList();
                while (f.Position < f.Text!.Length)
                {
                    int i = f.Text.IndexOf('\n', f.Position);
                    int end = i < 0 ? f.Text.Length : i + 1;
                    r.Append(PyStr.From(f.Text[f.Position..end]));
                    f.Position = end;
                }
                return r;
            });
            Def0(t, "__iter__", a => a);
            Def0(t, "__next__", a =>
            {
                var f = (PyFile)a;
                if (f.Text == null || f.Position >= f.Text.Length) throw PyExc.StopIteration();
                int i = f.Text.IndexOf('\n', f.Position);
                int end = i < 0 ? f.Text.Length : i + 1;
                var s = f.Text[f.Position..end];
                f.Position = end;
                return PyStr.From(s);
            });
            Def0(t, "__enter__", a => a);
            Def(t, "__exit__", (args, kw) => { Close(args[0]); return None; });
            Def0(t, "close", a => { Close(a); return None; });
            GetSet(t, "closed", a => PyBool.From(a is PyFile f && f.Closed));
        }
        Def1(Types.BytesIO, "write", (a, s) =>
        {
            var f = (PyFile)a;
            var bytes = BytesMethods.AsBytes(s).ToArray();
            using (var fs = new FileStream(f.Path, FileMode.Append)) fs.Write(bytes);
            return PyInt.From(bytes.Length);
        });
        var prevWrite = Types.TextIO.Dict!.Get("write");
        Def(Types.TextIO, "write", (args, kw) =>
        {
            if (args[0] is TextStream ts) { ts.Write(((PyStr)args[1]).Value); return PyInt.From(((PyStr)args[1]).Length); }
            var f = (PyFile)args[0];
            if (args[1] is not PyStr ps) throw PyExc.TypeError($"write() argument must be str, not {Ops.TypeName(args[1])}");
            File.AppendAllText(f.Path, ps.Value);
            return PyInt.From(ps.Length);
        });
        _ = prevWrite;
    }

    private static void Close(PyObject a) { if (a is PyFile f) f.Closed = true; }
}
