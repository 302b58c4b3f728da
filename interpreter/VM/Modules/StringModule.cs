using System.Globalization;
using Pyref.VM.Objects;
using static Pyref.VM.Modules.ModuleSupport;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _string (Objects/unicodeobject.c _string module, parsing from Objects/stringlib/unicode_format.h):
/// the format-string parsers string.Formatter is built on.
/// </summary>
[BuiltinModule("_string")]
public static class StringModule
{
    public static readonly PyType FormatterIterType = NewBare("formatteriterator"), FieldNameIterType = NewBare("fieldnameiterator");

    // These two iterator types have a tp_name without a module ("formatteriterator").
    private static PyType NewBare(string name)
    {
        var t = NewType("builtins", name);
        t.Name = name;
        IterMethods(t);
        t.Modified();
        return t;
    }

    public static PyModule Create()
    {
        var m = new PyModule("_string");
        var d = m.Dict!;
        d.Set("__doc__", PyStr.From("string helper module"));
        d.Set("formatter_parser", Fn("formatter_parser", (a, kw) =>
        {
            NoKw("formatter_parser", kw);
            if (a.Length != 1) throw PyExc.TypeError($"formatter_parser() takes exactly one argument ({a.Length} given)");
            if (a[0] is not PyStr s) throw PyExc.TypeError($"expected str, got {Ops.TypeName(a[0])}");
            return new FormatterIter(s.Value);
        }));
        d.Set("formatter_field_name_split", Fn("formatter_field_name_split", (a, kw) =>
        {
            NoKw("formatter_field_name_split", kw);
            if (a.Length != 1) throw PyExc.TypeError($"formatter_field_name_split() takes exactly one argument ({a.Length} given)");
            if (a[0] is not PyStr s) throw PyExc.TypeError($"expected str, got {Ops.TypeName(a[0])}");
            return FieldNameSplit(s.Value);
        }));
        return m;
    }

    /// <summary>get_integer: the decimal value of a whole substring, -1 when empty or not all digits.</summary>
    private static long GetInteger(string s, int start, int end)
    {
        if (start >= end) return -1;
        long acc = 0;
        for (int i = start; i < end; i++)
        {
            int digit = CharUnicodeInfo.GetDecimalDigitValue(s, i);
            if (digit < 0) return -1;
            if (acc > (long.MaxValue - digit) / 10) throw PyExc.ValueError("Too many decimal digits in format string");
            acc = acc * 10 + digit;
        }
        return acc;
    }

    // ------------------------------------------------------------------ formatter_parser

    private sealed class FormatterIter(string str) : PyIterObject(FormatterIterType)
    {
        private int _pos;

        // formatteriter_next over MarkupIterator_next: (literal, field_name, format_spec, conversion)
        public override PyObject? Next()
        {
            int end = str.Length;
            if (_pos >= end) return null;
            int start = _pos;
            char c = '\0';
            bool markupFollows = false;
            while (_pos < end)
            {
                c = str[_pos++];
                if (c == '{' || c == '}') { markupFollows = true; break; }
            }
            bool atEnd = _pos >= end;
            int len = _pos - start;
            if (c == '}' && (atEnd || c != str[_pos])) throw PyExc.ValueError("Single '}' encountered in format string");
            if (atEnd && c == '{') throw PyExc.ValueError("Single '{' encountered in format string");
            if (!atEnd)
            {
                if (c == str[_pos]) { _pos++; markupFollows = false; }
                else len--;
            }
            PyObject literal = PyStr.From(str.Substring(start, len));
            if (!markupFollows) return PyTuple.Of(literal, None, None, None);
            var (fieldName, formatSpec, conversion) = ParseField();
            return PyTuple.Of(literal, PyStr.From(fieldName), PyStr.From(formatSpec ?? ""), conversion == '\0' ? None : PyStr.From(conversion.ToString()));
        }

        // parse_field: the field name up to '}', ':' or '!', then the conversion and the (nested) format spec.
        private (string Name, string? Spec, char Conversion) ParseField()
        {
            int end = str.Length;
            char conversion = '\0';
            int nameStart = _pos;
            char c = '\0';
            while (_pos < end)
            {
                c = str[_pos++];
                if (c == '{') throw PyExc.ValueError("unexpected '{' in field name");
                if (c == '[')
                {
                    for (; _pos < end; _pos++) if (str[_pos] == ']') break;
                    continue;
                }
                if (c == '}' || c == ':' || c == '!') break;
            }
            string name = str.Substring(nameStart, Math.Max(0, _pos - 1 - nameStart));
            if (c == '!' || c == ':')
            {
                if (c == '!')
                {
                    if (_pos >= end) throw PyExc.ValueError("end of string while looking for conversion specifier");
                    conversion = str[_pos++];
                    if (_pos < end)
                    {
                        c = str[_pos++];
                        if (c == '}') return (name, null, conversion);
                        if (c != ':') throw PyExc.ValueError("expected ':' after conversion specifier");
                    }
                }
                int specStart = _pos;
                int count = 1;
                while (_pos < end)
                {
                    c = str[_pos++];
                    if (c == '{') count++;
                    else if (c == '}')
                    {
                        count--;
                        if (count == 0) return (name, str.Substring(specStart, _pos - 1 - specStart), conversion);
                    }
                }
                throw PyExc.ValueError("unmatched '{' in format spec");
            }
            if (c != '}') throw PyExc.ValueError("expected '}' before end of string");
            return (name, null, conversion);
        }
    }

    // ------------------------------------------------------------------ formatter_field_name_split

    // formatter_field_name_split / field_name_split: (first, iterator over (is_attr, name_or_index))
    private static PyObject FieldNameSplit(string s)
    {
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i++];
            if (c == '[' || c == '.') { i--; break; }
        }
        long firstIdx = GetInteger(s, 0, i);
        PyObject first = firstIdx != -1 ? PyInt.From(firstIdx) : PyStr.From(s[..i]);
        return PyTuple.Of(first, new FieldNameIter(s, i));
    }

    private sealed class FieldNameIter(string str, int pos) : PyIterObject(FieldNameIterType)
    {
        private int _pos = pos;

        // FieldNameIterator_next
        public override PyObject? Next()
        {
            int end = str.Length;
            if (_pos >= end) return null;
            bool isAttr;
            int nameStart, nameEnd;
            long idx = -1;
            switch (str[_pos++])
            {
                case '.':
                    isAttr = true;
                    nameStart = _pos;
                    while (_pos < end)
                    {
                        char c = str[_pos++];
                        if (c == '[' || c == '.') { _pos--; break; }
                    }
                    nameEnd = _pos;
                    break;
                case '[':
                    isAttr = false;
                    nameStart = _pos;
                    bool bracketSeen = false;
                    while (_pos < end)
                    {
                        if (str[_pos++] == ']') { bracketSeen = true; break; }
                    }
                    if (!bracketSeen) throw PyExc.ValueError("Missing ']' in format string");
                    nameEnd = _pos - 1;
                    idx = GetInteger(str, nameStart, nameEnd);
                    break;
                default:
                    throw PyExc.ValueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            if (nameStart == nameEnd) throw PyExc.ValueError("Empty attribute in format string");
            PyObject obj = idx != -1 ? PyInt.From(idx) : PyStr.From(str[nameStart..nameEnd]);
            return PyTuple.Of(PyBool.From(isAttr), obj);
        }
    }
}
