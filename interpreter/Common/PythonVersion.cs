namespace Pyref;

/// <summary>
/// The CPython release whose behaviour a stage reproduces. Every stage takes one, so that
/// 3.12 and 3.13 can be added by branching on it rather than by forking the code.
/// </summary>
public readonly record struct PythonVersion(int Major, int Minor) : IComparable<PythonVersion>
{
    /// <summary>The first target: CPython 3.11 (the python3 of Debian stable).</summary>
    public static readonly PythonVersion Py311 = new(3, 11);
    public static readonly PythonVersion Py312 = new(3, 12);
    public static readonly PythonVersion Py313 = new(3, 13);

    public static PythonVersion Default => Py311;

    public int CompareTo(PythonVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(PythonVersion a, PythonVersion b) => a.CompareTo(b) < 0;
    public static bool operator >(PythonVersion a, PythonVersion b) => a.CompareTo(b) > 0;
    public static bool operator <=(PythonVersion a, PythonVersion b) => a.CompareTo(b) <= 0;
    public static bool operator >=(PythonVersion a, PythonVersion b) => a.CompareTo(b) >= 0;

    /// <summary>Parses "3.11" or "3.11.7" (the micro part is ignored).</summary>
    public static PythonVersion Parse(string text)
    {
        var parts = text.Trim().Split('.');
        if (parts.Length < 2 || !int.TryParse(parts[0], out var major) || !int.TryParse(parts[1], out var minor))
            throw new FormatException($"not a Python version: '{text}' (expected e.g. 3.11)");
        return new PythonVersion(major, minor);
    }

    public override string ToString() => $"{Major}.{Minor}";
}
