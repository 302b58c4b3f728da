using System.Text;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Modules.ModuleSupport;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _csv (Modules/_csv.c of 3.11): Dialect, the reader's state machine, the writer's quoting and escaping, the
/// dialect registry and field_size_limit. csv.py (DictReader, DictWriter, Sniffer) is pure Python on top.
/// DEVIATION(CPython): characters are UTF-16 code units, so a delimiter, quotechar or escapechar outside the BMP
/// never matches and field_size_limit counts astral characters twice.
/// </summary>
[BuiltinModule("_csv")]
public static class CsvModule
{
    private const int QUOTE_MINIMAL = 0, QUOTE_ALL = 1, QUOTE_NONNUMERIC = 2, QUOTE_NONE = 3;
    // 3.11 keeps NUL as data: "no character" and "end of line" are out-of-range sentinels (NOT_SET, EOL).
    private const int NOT_SET = -1, EOL = -2;

    /// <summary>
    /// The module state (_csvstate): the types are made per module object, as 3.11's heap types are, so each
    /// interpreter of a process has its own dialect registry and field size limit.
    /// </summary>
    private sealed class CsvState
    {
        public readonly PyType Error = NativeTypes.New("Error", Types.Exception, "_csv");
        public readonly PyType DialectType = NewType("_csv", "Dialect"), ReaderType = NewType("_csv", "reader"), WriterType = NewType("_csv", "writer");
        public readonly PyDict Dialects = new();
        public long FieldLimit = 128 * 1024;
    }

    private sealed class DialectObj(PyType t, CsvState st) : PyObject(t)
    {
        public readonly CsvState State = st;
        public bool DoubleQuote, SkipInitialSpace, Strict;
        public int Quoting, Delimiter, QuoteChar, EscapeChar;
        public string LineTerminator = "\r\n";
    }

    private enum State { StartRecord, StartField, EscapedChar, InField, InQuotedField, EscapeInQuotedField, QuoteInQuotedField, EatCrnl, AfterEscapedCrnl }

    private sealed class ReaderObj(PyObject iter, DialectObj dialect) : PyIterObject(dialect.State.ReaderType)
    {
        private readonly CsvState _st = dialect.State;
        public readonly PyObject InputIter = iter;
        public readonly DialectObj Dialect = dialect;
        public PyList Fields = new();
        public State State;
        public readonly StringBuilder Field = new();
        public bool NumericField;
        public long LineNum;

        // Reader_iternext
        public override PyObject? Next()
        {
            ParseReset();
            do
            {
                var lineobj = Ops.Next(InputIter);
                if (lineobj == null)
                {
                    // End of input: a field in progress (or an open quote) is the last record unless strict.
                    if (Field.Length != 0 || State == State.InQuotedField)
                    {
                        if (Dialect.Strict) throw PyExc.Make(_st.Error, "unexpected end of data");
                        SaveField();
                        break;
                    }
                    return null;
                }
                if (lineobj is not PyStr line)
                    throw PyExc.Make(_st.Error, $"iterator should return strings, not {lineobj.Type.Name} (the file should be opened in text mode)");
                LineNum++;
                foreach (char c in line.Value) ProcessChar(c);
                ProcessChar(EOL);
            } while (State != State.StartRecord);
            var fields = Fields;
            Fields = new PyList();
            return fields;
        }

        private void ParseReset()
        {
            Fields = new PyList();
            Field.Clear();
            State = State.StartRecord;
            NumericField = false;
        }

        // parse_save_field: QUOTE_NONNUMERIC turns unquoted fields into floats.
        private void SaveField()
        {
            PyObject field = PyStr.From(Field.ToString());
            Field.Clear();
            if (NumericField)
            {
                NumericField = false;
                field = Ops.Call(Types.Float, field);
            }
            Fields.Append(field);
        }

        // parse_add_char
        private void AddChar(int c)
        {
            if (Field.Length >= _st.FieldLimit) throw PyExc.Make(_st.Error, $"field larger than field limit ({_st.FieldLimit})");
            Field.Append((char)c);
        }

        // parse_process_char
        private void ProcessChar(int c)
        {
            var d = Dialect;
            switch (State)
            {
                case State.StartRecord:
                    if (c == EOL) break;   // empty line: []
                    if (c == '\n' || c == '\r') { State = State.EatCrnl; break; }
                    State = State.StartField;
                    goto case State.StartField;
                case State.StartField:
                    if (c == '\n' || c == '\r' || c == EOL)
                    {
                        SaveField();
                        State = c == EOL ? State.StartRecord : State.EatCrnl;
                    }
                    else if (c == d.QuoteChar && d.Quoting != QUOTE_NONE) State = State.InQuotedField;
                    else if (c == d.EscapeChar) State = State.EscapedChar;
                    else if (c == ' ' && d.SkipInitialSpace) { }
                    else if (c == d.Delimiter) SaveField();
                    else
                    {
                        if (d.Quoting == QUOTE_NONNUMERIC) NumericField = true;
                        AddChar(c);
                        State = State.InField;
                    }
                    break;
                case State.EscapedChar:
                    if (c == '\n' || c == '\r') { AddChar(c); State = State.AfterEscapedCrnl; break; }
                    if (c == EOL) c = '\n';
                    AddChar(c);
                    State = State.InField;
                    break;
                case State.AfterEscapedCrnl:
                    if (c == EOL) break;
                    goto case State.InField;
                case State.InField:
                    if (c == '\n' || c == '\r' || c == EOL)
                    {
                        SaveField();
                        State = c == EOL ? State.StartRecord : State.EatCrnl;
                    }
                    else if (c == d.EscapeChar) State = State.EscapedChar;
                    else if (c == d.Delimiter) { SaveField(); State = State.StartField; }
                    else AddChar(c);
                    break;
                case State.InQuotedField:
                    if (c == EOL) { }
                    else if (c == d.EscapeChar) State = State.EscapeInQuotedField;
                    else if (c == d.QuoteChar && d.Quoting != QUOTE_NONE)
                        State = d.DoubleQuote ? State.QuoteInQuotedField : State.InField;
                    else AddChar(c);
                    break;
                case State.EscapeInQuotedField:
                    if (c == EOL) c = '\n';
                    AddChar(c);
                    State = State.InQuotedField;
                    break;
                case State.QuoteInQuotedField:
                    if (d.Quoting != QUOTE_NONE && c == d.QuoteChar) { AddChar(c); State = State.InQuotedField; }
                    else if (c == d.Delimiter) { SaveField(); State = State.StartField; }
                    else if (c == '\n' || c == '\r' || c == EOL)
                    {
                        SaveField();
                        State = c == EOL ? State.StartRecord : State.EatCrnl;
                    }
                    else if (!d.Strict) { AddChar(c); State = State.InField; }
                    else throw PyExc.Make(_st.Error, $"'{(char)d.Delimiter}' expected after '{(char)d.QuoteChar}'");
                    break;
                case State.EatCrnl:
                    if (c == '\n' || c == '\r') { }
                    else if (c == EOL) State = State.StartRecord;
                    else throw PyExc.Make(_st.Error, "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
                    break;
            }
        }
    }

    private sealed class WriterObj(PyObject write, DialectObj dialect) : PyObject(dialect.State.WriterType)
    {
        private readonly CsvState _st = dialect.State;
        public readonly PyObject Write = write;
        public readonly DialectObj Dialect = dialect;
        private readonly StringBuilder _rec = new();
        private int _numFields;

        // join_append_data: quote or escape the special characters of one field.
        private void JoinAppend(string? field, bool quoted)
        {
            var d = Dialect;
            var data = new StringBuilder();
            for (int i = 0; field != null && i < field.Length; i++)
            {
                char c = field[i];
                bool wantEscape = false;
                if (c == d.Delimiter || c == d.EscapeChar || c == d.QuoteChar || d.LineTerminator.IndexOf(c) >= 0)
                {
                    if (d.Quoting == QUOTE_NONE) wantEscape = true;
                    else
                    {
                        if (c == d.QuoteChar)
                        {
                            if (d.DoubleQuote) data.Append((char)d.QuoteChar);
                            else wantEscape = true;
                        }
                        else if (c == d.EscapeChar) wantEscape = true;
                        if (!wantEscape) quoted = true;
                    }
                    if (wantEscape)
                    {
                        if (d.EscapeChar == NOT_SET) throw PyExc.Make(_st.Error, "need to escape, but no escapechar set");
                        data.Append((char)d.EscapeChar);
                    }
                }
                data.Append(c);
            }
            if (_numFields > 0) _rec.Append((char)d.Delimiter);
            if (quoted) _rec.Append((char)d.QuoteChar).Append(data).Append((char)d.QuoteChar);
            else _rec.Append(data);
            _numFields++;
        }

        // csv_writerow
        public PyObject WriteRow(PyObject seq)
        {
            var d = Dialect;
            PyObject iter;
            try { iter = Ops.GetIter(seq); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.TypeError))
            {
                throw PyExc.Make(_st.Error, $"iterable expected, not {seq.Type.Name}");
            }
            _rec.Clear();
            _numFields = 0;
            PyObject? field;
            while ((field = Ops.Next(iter)) != null)
            {
                bool quoted = d.Quoting switch
                {
                    QUOTE_NONNUMERIC => !NumberCheck(field),
                    QUOTE_ALL => true,
                    _ => false,
                };
                if (field is PyStr s) JoinAppend(s.Value, quoted);
                else if (field == None) JoinAppend(null, quoted);
                else JoinAppend(Ops.StrString(field), quoted);
            }
            if (_numFields > 0 && _rec.Length == 0)
            {
                if (d.Quoting == QUOTE_NONE) throw PyExc.Make(_st.Error, "single empty field record must be quoted");
                _numFields--;
                JoinAppend(null, quoted: true);
            }
            _rec.Append(d.LineTerminator);
            return Ops.Call(Write, PyStr.From(_rec.ToString()));
        }
    }

    private static readonly string[] s_dialectKws =
        { "dialect", "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict" };

    private static void MakeTypes(CsvState st)
    {
        PyType DialectType = st.DialectType, ReaderType = st.ReaderType, WriterType = st.WriterType;
        DialectType.Dict!.Set("__doc__", PyStr.From("CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n"));
        DefStatic(DialectType, "__new__", (a, kw) =>
        {
            if (a.Length == 0 || a[0] is not PyType cls) throw PyExc.TypeError("Dialect.__new__(X): X is not a type object");
            return DialectNew(st, cls, a[1..], kw);
        });
        GetSet(DialectType, "delimiter", o => CharOrNone(((DialectObj)o).Delimiter));
        GetSet(DialectType, "escapechar", o => CharOrNone(((DialectObj)o).EscapeChar));
        GetSet(DialectType, "quotechar", o => CharOrNone(((DialectObj)o).QuoteChar));
        GetSet(DialectType, "lineterminator", o => PyStr.From(((DialectObj)o).LineTerminator));
        GetSet(DialectType, "quoting", o => PyInt.From(((DialectObj)o).Quoting));
        GetSet(DialectType, "doublequote", o => PyBool.From(((DialectObj)o).DoubleQuote));
        GetSet(DialectType, "skipinitialspace", o => PyBool.From(((DialectObj)o).SkipInitialSpace));
        GetSet(DialectType, "strict", o => PyBool.From(((DialectObj)o).Strict));

        ReaderType.IsFinal = true;
        ReaderType.Dict!.Set("__doc__", PyStr.From("CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n"));
        DefStatic(ReaderType, "__new__", (a, kw) => throw PyExc.TypeError("cannot create '_csv.reader' instances"));
        IterMethods(ReaderType);
        GetSet(ReaderType, "dialect", o => ((ReaderObj)o).Dialect);
        GetSet(ReaderType, "line_num", o => PyInt.From(((ReaderObj)o).LineNum));

        WriterType.IsFinal = true;
        WriterType.Dict!.Set("__doc__", PyStr.From("CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n"));
        DefStatic(WriterType, "__new__", (a, kw) => throw PyExc.TypeError("cannot create '_csv.writer' instances"));
        Def1(WriterType, "writerow", (o, row) => ((WriterObj)o).WriteRow(row));
        // csv_writerows
        Def1(WriterType, "writerows", (o, rows) =>
        {
            var it = Ops.GetIter(rows);
            PyObject? row;
            while ((row = Ops.Next(it)) != null) ((WriterObj)o).WriteRow(row);
            return None;
        });
        GetSet(WriterType, "dialect", o => ((WriterObj)o).Dialect);
    }

    private static PyObject CharOrNone(int c) => c == NOT_SET ? None : PyStr.From(((char)c).ToString());

    // _set_bool
    private static bool SetBool(PyObject? src, bool dflt) => src == null ? dflt : Ops.IsTrue(src);

    // _set_int
    private static int SetInt(string name, PyObject? src, int dflt)
    {
        if (src == null) return dflt;
        if (src.Type != Types.Int) throw PyExc.TypeError($"\"{name}\" must be an integer");
        return AsCInt(src);
    }

    // _set_char (delimiter: None refused) and _set_char_or_none (quotechar, escapechar).
    private static int SetChar(string name, PyObject? src, int dflt, bool orNone)
    {
        if (src == null) return dflt;
        if (orNone && src == None) return NOT_SET;
        if (src is not PyStr s)
            throw PyExc.TypeError(orNone ? $"\"{name}\" must be string or None, not {src.Type.Name}" : $"\"{name}\" must be string, not {src.Type.Name}");
        if (s.Value.Length != 1) throw PyExc.TypeError($"\"{name}\" must be a 1-character string");
        return s.Value[0];
    }

    // _set_str
    private static string? SetStr(string name, PyObject? src, string dflt)
    {
        if (src == null) return dflt;
        if (src == None) return null;
        if (src is not PyStr s) throw PyExc.TypeError($"\"{name}\" must be a string");
        return s.Value;
    }

    /// <summary>dialect_new: a registered name or any object with the attributes, overridden by keywords.</summary>
    private static PyObject DialectNew(CsvState st, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Items.Length ?? 0, npos = args.Length - nkw;
        if (npos + nkw > s_dialectKws.Length)
            throw PyExc.TypeError($"function takes at most {s_dialectKws.Length} arguments ({npos + nkw} given)");
        var v = new PyObject?[s_dialectKws.Length];
        for (int i = 0; i < npos; i++) v[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            var key = ((PyStr)kwnames!.Items[k]).Value;
            int idx = Array.IndexOf(s_dialectKws, key);
            if (idx < 0) throw PyExc.TypeError($"'{key}' is an invalid keyword argument for this function");
            if (v[idx] != null) throw PyExc.TypeError($"argument for function given by name ('{key}') and position ({idx + 1})");
            v[idx] = args[npos + k];
        }
        var dialect = v[0];
        if (dialect != null)
        {
            if (dialect is PyStr) dialect = GetDialectFromRegistry(st, dialect);
            // Reuse a Dialect instance when nothing overrides it.
            if (dialect.Type.IsSubtypeOf(st.DialectType) && v.Skip(1).All(x => x == null)) return dialect;
            for (int i = 1; i < v.Length; i++)
                if (v[i] == null)
                {
                    try { v[i] = Ops.GetAttr(dialect, s_dialectKws[i]); }
                    catch (PyException) { }   // PyErr_Clear: a missing attribute takes the default
                }
        }
        var self = NativeTypes.WithDict(new DialectObj(type, st));
        self.Delimiter = SetChar("delimiter", v[1], ',', orNone: false);
        self.DoubleQuote = SetBool(v[2], true);
        self.EscapeChar = SetChar("escapechar", v[3], NOT_SET, orNone: true);
        var lt = SetStr("lineterminator", v[4], "\r\n");
        self.QuoteChar = SetChar("quotechar", v[5], '"', orNone: true);
        self.Quoting = SetInt("quoting", v[6], QUOTE_MINIMAL);
        self.SkipInitialSpace = SetBool(v[7], false);
        self.Strict = SetBool(v[8], false);
        // dialect_check_quoting, then the consistency checks.
        if (self.Quoting is < QUOTE_MINIMAL or > QUOTE_NONE) throw PyExc.TypeError("bad \"quoting\" value");
        if (v[5] == None && v[6] == null) self.Quoting = QUOTE_NONE;
        if (self.Quoting != QUOTE_NONE && self.QuoteChar == NOT_SET) throw PyExc.TypeError("quotechar must be set if quoting enabled");
        if (lt == null) throw PyExc.TypeError("lineterminator must be set");
        self.LineTerminator = lt;
        return self;
    }

    // get_dialect_from_registry
    private static PyObject GetDialectFromRegistry(CsvState st, PyObject name) =>
        st.Dialects.GetItemOrNull(name) ?? throw PyExc.Make(st.Error, "unknown dialect");

    // _call_dialect: Dialect(dialect_inst, **kwargs) with the keywords of the reader/writer call.
    private static DialectObj CallDialect(CsvState st, PyObject? inst, ReadOnlySpan<PyObject> kwValues, PyTuple? kwnames)
    {
        var args = new List<PyObject>();
        if (inst != null) args.Add(inst);
        args.AddRange(kwValues.ToArray());
        return (DialectObj)Ops.Call(st.DialectType, args.ToArray(), kwnames);
    }

    /// <summary>Splits a vectorcall into positional arguments (PyArg_UnpackTuple with an empty name) and keyword values.</summary>
    private static (PyObject First, PyObject? Dialect, PyObject[] KwValues) Split(ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        int nkw = kw?.Items.Length ?? 0, npos = a.Length - nkw;
        if (npos < 1) throw PyExc.TypeError($" expected at least 1 argument, got {npos}");
        if (npos > 2) throw PyExc.TypeError($" expected at most 2 arguments, got {npos}");
        return (a[0], npos > 1 ? a[1] : null, a[npos..].ToArray());
    }

    public static PyModule Create()
    {
        var m = new PyModule("_csv");
        var d = m.Dict!;
        d.Set("__doc__", PyStr.From("CSV parsing and writing.\n"));
        d.Set("__version__", PyStr.From("1.0"));
        var st = new CsvState();
        MakeTypes(st);
        d.Set("Error", st.Error);
        d.Set("Dialect", st.DialectType);
        d.Set("Reader", st.ReaderType);
        d.Set("Writer", st.WriterType);
        d.Set("_dialects", st.Dialects);
        d.Set("QUOTE_MINIMAL", PyInt.From(QUOTE_MINIMAL));
        d.Set("QUOTE_ALL", PyInt.From(QUOTE_ALL));
        d.Set("QUOTE_NONNUMERIC", PyInt.From(QUOTE_NONNUMERIC));
        d.Set("QUOTE_NONE", PyInt.From(QUOTE_NONE));

        // csv_reader(iterable, dialect='excel', **fmtparams)
        d.Set("reader", Fn("reader", (a, kw) =>
        {
            var (iterable, dialect, kwValues) = Split(a, kw);
            var iter = Ops.GetIter(iterable);
            return new ReaderObj(iter, CallDialect(st, dialect, kwValues, kw));
        }));
        // csv_writer(fileobj, dialect='excel', **fmtparams)
        d.Set("writer", Fn("writer", (a, kw) =>
        {
            var (file, dialect, kwValues) = Split(a, kw);
            PyObject write;
            try { write = Ops.GetAttr(file, "write"); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.AttributeError))
            {
                throw PyExc.TypeError("argument 1 must have a \"write\" method");
            }
            return new WriterObj(write, CallDialect(st, dialect, kwValues, kw));
        }));
        d.Set("list_dialects", Fn("list_dialects", (a, kw) =>
        {
            CheckPositional("list_dialects", a.Length, 0, 0);
            return new PyList(st.Dialects.KeysList());
        }));
        // csv_register_dialect(name, dialect=None, **fmtparams)
        d.Set("register_dialect", Fn("register_dialect", (a, kw) =>
        {
            int nkw = kw?.Items.Length ?? 0, npos = a.Length - nkw;
            if (npos < 1) throw PyExc.TypeError($"register_dialect expected at least 1 argument, got {npos}");
            if (npos > 2) throw PyExc.TypeError($"register_dialect expected at most 2 arguments, got {npos}");
            if (a[0] is not PyStr) throw PyExc.TypeError("dialect name must be a string");
            var dialect = CallDialect(st, npos > 1 ? a[1] : null, a[npos..], kw);
            st.Dialects.SetItem(a[0], dialect);
            return None;
        }));
        d.Set("unregister_dialect", Fn("unregister_dialect", (a, kw) =>
        {
            NoKw("unregister_dialect", kw);
            CheckPositional("unregister_dialect", a.Length, 1, 1);
            if (st.Dialects.GetItemOrNull(a[0]) == null) throw PyExc.Make(st.Error, "unknown dialect");
            st.Dialects.Remove(a[0]);
            return None;
        }));
        d.Set("get_dialect", Fn("get_dialect", (a, kw) =>
        {
            NoKw("get_dialect", kw);
            CheckPositional("get_dialect", a.Length, 1, 1);
            return GetDialectFromRegistry(st, a[0]);
        }));
        // csv_field_size_limit(new_limit=<unrepresentable>)
        d.Set("field_size_limit", Fn("field_size_limit", (a, kw) =>
        {
            var p = Unpack("field_size_limit", a, kw, s_limitArgs, 0);
            long old = st.FieldLimit;
            if (p[0] != null)
            {
                if (p[0] is not PyInt li) throw PyExc.TypeError("limit must be an integer");
                if (!li.IsSmall) throw PyExc.OverflowError("Python int too large to convert to C long");
                st.FieldLimit = li.Small;
            }
            return PyInt.From(old);
        }));
        return m;
    }

    private static readonly string[] s_limitArgs = { "new_limit" };
}
