using System.Text.Json.Nodes;

namespace Conformance.Harness.Diff;

/// <summary>
/// Reads the text of ast.dump(tree, include_attributes=True) back into a tree, so the first
/// differing node can be located without either side sending a second, structured copy of the
/// AST (which cost more than parsing did over the stdlib). Nodes become objects with "_type";
/// constant leaves keep their repr text. Only runs for cases whose dumps differ.
/// </summary>
public sealed class AstDumpReader
{
    private readonly string _text;
    private int _pos;

    private AstDumpReader(string text) => _text = text;

    /// <summary>The tree, or null when the text is not an ast.dump (then the diff falls back to text).</summary>
    public static JsonNode? TryRead(string dump)
    {
        try
        {
            var reader = new AstDumpReader(dump);
            var node = reader.Value(0);
            return reader._pos == dump.Length ? node : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Deeper than this is not a tree worth walking node by node; the text diff still works.</summary>
    private const int MaxDepth = 3000;

    private JsonNode? Value(int depth)
    {
        if (depth > MaxDepth) throw new FormatException("too deep");
        if (_pos >= _text.Length) throw new FormatException("unexpected end");
        var c = _text[_pos];
        if (c == '[') return List(depth);
        if (char.IsLetter(c) || c == '_')
        {
            var start = _pos;
            while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
            var word = _text[start.._pos];
            if (_pos < _text.Length && _text[_pos] == '(') return Node(word, depth);
            if (_pos < _text.Length && (_text[_pos] == '\'' || _text[_pos] == '"') && word is "b" or "u" or "r" or "rb" or "br")
            {
                _pos = start;
                return JsonValue.Create(Literal());
            }
            return JsonValue.Create(word); // None, True, False, Ellipsis, inf, nan
        }
        return JsonValue.Create(Literal());
    }

    private JsonObject Node(string type, int depth)
    {
        _pos++; // (
        var node = new JsonObject { ["_type"] = type };
        while (Peek() != ')')
        {
            var start = _pos;
            while (_pos < _text.Length && _text[_pos] != '=' && _text[_pos] != ')') _pos++;
            if (Peek() != '=') throw new FormatException("expected field=");
            var field = _text[start.._pos];
            _pos++;
            node[field] = Value(depth + 1);
            if (Peek() == ',') _pos += _text.AsSpan(_pos).StartsWith(", ") ? 2 : 1;
        }
        _pos++; // )
        return node;
    }

    private JsonArray List(int depth)
    {
        _pos++; // [
        var list = new JsonArray();
        while (Peek() != ']')
        {
            list.Add(Value(depth + 1));
            if (Peek() == ',') _pos += _text.AsSpan(_pos).StartsWith(", ") ? 2 : 1;
        }
        _pos++; // ]
        return list;
    }

    /// <summary>
    /// A constant's repr: a quoted string (with escapes), or anything up to the next separator at
    /// bracket depth zero, such as 1.5, -3, 1e+16 or (1+2j).
    /// </summary>
    private string Literal()
    {
        var start = _pos;
        var depth = 0;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c is '\'' or '"')
            {
                _pos++;
                while (_pos < _text.Length && _text[_pos] != c)
                    _pos += _text[_pos] == '\\' ? 2 : 1;
                _pos++;
                continue;
            }
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (depth == 0 && c is ',' or ')' or ']') break;
            _pos++;
        }
        if (_pos > _text.Length) throw new FormatException("unterminated literal");
        return _text[start.._pos];
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : throw new FormatException("unexpected end");
}
