using System.Text;
using Pyref.VM.Ceval;
using Pyref.VM.Objects;

namespace Pyref.VM.Runtime;

/// <summary>
/// The "Did you mean: 'x'?" hint of an uncaught AttributeError or NameError (Python/suggestions.c of 3.11):
/// the candidate closest by a Levenshtein distance on UTF-8 bytes, with case changes cheaper than other edits.
/// </summary>
public static class Suggestions
{
    private const int MaxCandidateItems = 750;
    private const int MaxStringSize = 40;
    private const int MoveCost = 2;
    private const int CaseCost = 1;

    /// <summary>Python/suggestions.c _Py_Offer_Suggestions: null when there is nothing to offer.</summary>
    public static string? Offer(PyBaseException exc)
    {
        try
        {
            if (exc.Type.IsSubtypeOf(Types.AttributeError)) return ForAttributeError(exc);
            if (exc.Type.IsSubtypeOf(Types.NameError)) return ForNameError(exc);
        }
        catch (PyException)
        {
            // suggestions.c clears any error raised while looking for candidates.
        }
        return null;
    }

    // Python/suggestions.c offer_suggestions_for_attribute_error
    private static string? ForAttributeError(PyBaseException exc)
    {
        if (exc.GetAttrOrNull("name") is not PyStr name || exc.GetAttrOrNull("obj") is not PyObject obj) return null;
        var dir = Ops.Call(Interpreter.Current.BuiltinsDict.Get("dir")!, obj);
        return Calculate(Ops.ToArray(dir), name.Value);
    }

    // Python/suggestions.c offer_suggestions_for_name_error: the failing frame's local variable names,
    // then its globals, then its builtins.
    private static string? ForNameError(PyBaseException exc)
    {
        if (exc.GetAttrOrNull("name") is not PyStr name || exc.Traceback is not PyTraceback tb) return null;
        while (tb.Next != null) tb = tb.Next;
        var frame = tb.Frame;
        var code = frame.Code;
        var varnames = new List<PyObject>();
        for (int i = 0; i < code.LocalsPlusNames.Length; i++)
            if ((code.LocalsPlusKinds[i] & PyCode.CO_FAST_LOCAL) != 0) varnames.Add(PyStr.From(code.LocalsPlusNames[i]));
        return Calculate(varnames, name.Value)
            ?? Calculate(Ops.ToArray(frame.Globals), name.Value)
            ?? Calculate(Ops.ToArray(frame.Builtins), name.Value);
    }

    // Python/suggestions.c calculate_suggestions
    private static string? Calculate(IReadOnlyList<PyObject> dir, string name)
    {
        if (dir.Count >= MaxCandidateItems) return null;
        var nameBytes = Encoding.UTF8.GetBytes(name);
        int suggestionDistance = int.MaxValue;
        string? suggestion = null;
        foreach (var item in dir)
        {
            if (item is not PyStr s) return null;   // PyUnicode_AsUTF8AndSize fails: no suggestion
            if (s.Value == name) continue;
            var itemBytes = Encoding.UTF8.GetBytes(s.Value);
            // No more than 1/3 of the involved characters should need changing; don't take beaten matches.
            int maxDistance = (nameBytes.Length + itemBytes.Length + 3) * MoveCost / 6;
            maxDistance = Math.Min(maxDistance, suggestionDistance - 1);
            int current = Levenshtein(nameBytes, itemBytes, maxDistance);
            if (current > maxDistance) continue;
            if (suggestion == null || current < suggestionDistance)
            {
                suggestion = s.Value;
                suggestionDistance = current;
            }
        }
        return suggestion;
    }

    // Python/suggestions.c substitution_cost
    private static int SubstitutionCost(byte a, byte b)
    {
        if ((a & 31) != (b & 31)) return MoveCost;
        if (a == b) return 0;
        if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
        if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
        return a == b ? CaseCost : MoveCost;
    }

    // Python/suggestions.c levenshtein_distance: common affixes trimmed, one row updated in place,
    // early exit once a whole row exceeds maxCost.
    private static int Levenshtein(byte[] aArr, byte[] bArr, int maxCost)
    {
        ReadOnlySpan<byte> a = aArr, b = bArr;
        while (a.Length > 0 && b.Length > 0 && a[0] == b[0]) { a = a[1..]; b = b[1..]; }
        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1]) { a = a[..^1]; b = b[..^1]; }
        if (a.Length == 0 || b.Length == 0) return (a.Length + b.Length) * MoveCost;
        if (a.Length > MaxStringSize || b.Length > MaxStringSize) return maxCost + 1;
        if (b.Length < a.Length) { var t = a; a = b; b = t; }
        if ((b.Length - a.Length) * MoveCost > maxCost) return maxCost + 1;
        var buffer = new int[a.Length];
        int tmp = MoveCost;
        for (int i = 0; i < a.Length; i++) { buffer[i] = tmp; tmp += MoveCost; }
        int result = 0;
        for (int bi = 0; bi < b.Length; bi++)
        {
            byte code = b[bi];
            int distance = result = bi * MoveCost;
            int minimum = int.MaxValue;
            for (int index = 0; index < a.Length; index++)
            {
                int substitute = distance + SubstitutionCost(code, a[index]);
                distance = buffer[index];
                int insertDelete = Math.Min(result, distance) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                buffer[index] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
