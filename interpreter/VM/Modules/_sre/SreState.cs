using System.Runtime.CompilerServices;
using Pyref.VM.Objects;

namespace Pyref.VM.Modules.Sre;

/// <summary>
/// The subject as the engine reads it: one int per character. sre.c instantiates sre_lib.h three times
/// (UCS1/UCS2/UCS4); here the engine is generic over these structs, which the JIT specialises the same way.
/// </summary>
internal interface ISreText
{
    int this[int i] { get; }
}

/// <summary>A str without surrogate pairs: UTF-16 units are its code points.</summary>
internal readonly struct Utf16Text(string s) : ISreText
{
    private readonly string _s = s;
    public int this[int i] { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _s[i]; }
}

/// <summary>A str with astral characters: its code-point array.</summary>
internal readonly struct CodePointText(int[] a) : ISreText
{
    private readonly int[] _a = a;
    public int this[int i] { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _a[i]; }
}

/// <summary>A bytes-like subject.</summary>
internal readonly struct ByteText(byte[] a) : ISreText
{
    private readonly byte[] _a = a;
    public int this[int i] { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _a[i]; }
}

/// <summary>sre.h SRE_REPEAT: the context of one REPEAT ... MAX_UNTIL/MIN_UNTIL.</summary>
internal sealed class SreRepeat
{
    public int Count;
    public int Pattern;     // index of the REPEAT operands (skip) in the code
    public int LastPtr;     // -1 = NULL
    public SreRepeat? Prev;
}

/// <summary>sre_lib.h SRE(match_context): one frame of the explicit backtracking stack.</summary>
internal sealed class SreContext
{
    public int Count;
    public uint Chr;
    public SreRepeat? Rep;
    public int LastMark;
    public int LastIndex;
    public int Pattern;
    public int Ptr;
    public bool TopLevel;
    public int Jump;
}

/// <summary>
/// sre.h SRE_STATE: positions are indexes into the subject (CPython keeps pointers); a NULL mark is -1.
/// The data stack (marks, last_ptr) and the context stack are separate arrays that grow on demand and
/// are reused across searches, so matching allocates nothing per character.
/// </summary>
internal sealed class SreState
{
    public readonly PyObject String;
    public readonly bool IsBytes;
    // Exactly one of these is the subject (see Kind).
    public readonly string? Utf16;
    public readonly int[]? CodePoints;
    public readonly byte[]? Bytes;
    public readonly int Length;

    public int Start, End, Ptr;
    public readonly int Pos, EndPos;
    public bool MatchAll, MustAdvance;

    public int[] Mark;
    public int LastMark = -1, LastIndex = -1;
    public SreRepeat? Repeat;

    public int[] Data;
    public int DataTop;
    public SreContext[] Contexts;
    public int ContextTop;

    // The stacks of the last finished state on this thread, reused by the next one (a Python loop calling
    // pattern.match allocates no stacks then). A state borrows them at construction and gives them back in
    // Release; a nested state (a sub() callback running another regex) finds none and makes its own.
    [ThreadStatic] private static int[]? t_data;
    [ThreadStatic] private static SreContext[]? t_contexts;

    /// <summary>state_init: <paramref name="start"/>/<paramref name="end"/> clamped to the subject.</summary>
    public SreState(PatternObject pattern, PyObject @string, long start, long end)
    {
        Data = t_data ?? new int[64];
        t_data = null;
        Contexts = t_contexts ?? new SreContext[16];
        t_contexts = null;
        Mark = new int[Math.Max(2, pattern.Groups * 2 + 2)];
        Array.Fill(Mark, -1);
        String = @string;
        switch (@string)
        {
            case PyStr s:
                if (s.IsBmp) { Utf16 = s.Value; Length = s.Value.Length; }
                else { CodePoints = s.CodePoints; Length = CodePoints.Length; }
                IsBytes = false;
                break;
            case PyBytes b:
                Bytes = b.Value; Length = Bytes.Length; IsBytes = true;
                break;
            case PyByteArray ba:
                // DEVIATION(CPython): a snapshot of the bytearray (CPython holds a buffer export, which
                // forbids resizing during the match; the contents cannot change under a match here either).
                Bytes = ba.Value.ToArray(); Length = Bytes.Length; IsBytes = true;
                break;
            default:
                throw PyExc.TypeError($"expected string or bytes-like object, got '{Ops.TypeName(@string)}'");
        }
        if (IsBytes && pattern.IsBytes == 0)
            throw PyExc.TypeError("cannot use a string pattern on a bytes-like object");
        if (!IsBytes && pattern.IsBytes > 0)
            throw PyExc.TypeError("cannot use a bytes pattern on a string-like object");
        if (start < 0) start = 0; else if (start > Length) start = Length;
        if (end < 0) end = 0; else if (end > Length) end = Length;
        Start = (int)start;
        End = (int)end;
        Ptr = Start;
        Pos = (int)start;
        EndPos = (int)end;
    }

    /// <summary>state_fini: hands the stacks to the next state of this thread; the state is not used afterwards.</summary>
    public void Release()
    {
        t_data = Data;
        t_contexts = Contexts;
    }

    /// <summary>state_reset.</summary>
    public void Reset()
    {
        LastMark = -1;
        LastIndex = -1;
        Repeat = null;
        DataTop = 0;
        ContextTop = 0;
    }

    /// <summary>The character at index i (for the slicing helpers; the engine reads through ISreText).</summary>
    public int CharAt(int i) => Utf16 != null ? Utf16[i] : CodePoints != null ? CodePoints[i] : Bytes![i];

    public void PushData(int v)
    {
        if (DataTop == Data.Length) Array.Resize(ref Data, Data.Length * 2);
        Data[DataTop++] = v;
    }

    // sre_lib.h MARK_PUSH / MARK_POP / MARK_POP_KEEP / MARK_POP_DISCARD.
    public void MarkPush(int lastmark)
    {
        if (lastmark < 0) return;
        int n = lastmark + 1;
        if (DataTop + n > Data.Length) Array.Resize(ref Data, Math.Max(Data.Length * 2, DataTop + n));
        Array.Copy(Mark, 0, Data, DataTop, n);
        DataTop += n;
    }

    public void MarkPop(int lastmark)
    {
        if (lastmark < 0) return;
        int n = lastmark + 1;
        Array.Copy(Data, DataTop - n, Mark, 0, n);
        DataTop -= n;
    }

    public void MarkPopKeep(int lastmark)
    {
        if (lastmark < 0) return;
        int n = lastmark + 1;
        Array.Copy(Data, DataTop - n, Mark, 0, n);
    }

    public void MarkPopDiscard(int lastmark)
    {
        if (lastmark < 0) return;
        DataTop -= lastmark + 1;
    }

    public SreContext NewContext()
    {
        if (ContextTop == Contexts.Length) Array.Resize(ref Contexts, Contexts.Length * 2);
        return Contexts[ContextTop++] ??= new SreContext();
    }
}
