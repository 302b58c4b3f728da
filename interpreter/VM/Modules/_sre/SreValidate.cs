using static Pyref.VM.Modules.Sre.SreOp;

namespace Pyref.VM.Modules.Sre;

/// <summary>
/// sre.c _validate / _validate_outer / _validate_inner / _validate_charset: _sre.compile refuses a code list the
/// engine could not follow ("invalid SRE code"), so the engine may index the code without further checks. All
/// jumps are forward and nested (see the comment above _validate_inner in sre.c).
/// </summary>
internal static class SreValidate
{
    private sealed class Fail : Exception { }

    public static bool Validate(uint[] code, int groups)
    {
        if (groups < 0 || code.Length == 0 || code[^1] != SUCCESS) return false;
        try
        {
            return Inner(code, 0, code.Length - 1, groups) == 0;
        }
        catch (Fail)
        {
            return false;
        }
    }

    private static uint Get(uint[] code, ref int pos, int end)
    {
        if (pos >= end) throw new Fail();
        return code[pos++];
    }

    /// <summary>GET_SKIP_ADJ: the skip must stay inside [pos, end].</summary>
    private static int Skip(uint[] code, ref int pos, int end, int adj = 0)
    {
        if (pos >= end) throw new Fail();
        uint skip = code[pos];
        if ((long)skip - adj > end - pos) throw new Fail();
        pos++;
        return (int)skip;
    }

    private static void Charset(uint[] code, int pos, int end)
    {
        while (pos < end)
        {
            uint op = Get(code, ref pos, end);
            switch (op)
            {
                case NEGATE:
                    break;
                case LITERAL:
                    Get(code, ref pos, end);
                    break;
                case RANGE:
                case RANGE_UNI_IGNORE:
                    Get(code, ref pos, end);
                    Get(code, ref pos, end);
                    break;
                case CHARSET:
                    if (8 > end - pos) throw new Fail();
                    pos += 8;
                    break;
                case BIGCHARSET:
                {
                    uint blocks = Get(code, ref pos, end);
                    if (64 > end - pos) throw new Fail();
                    for (int i = 0; i < 256; i++)
                        if (((code[pos + (i >> 2)] >> ((i & 3) * 8)) & 0xFF) >= blocks) throw new Fail();
                    pos += 64;
                    if ((long)blocks * 8 > end - pos) throw new Fail();
                    pos += (int)blocks * 8;
                    break;
                }
                case CATEGORY:
                    if (Get(code, ref pos, end) > SreCategory.UNI_NOT_LINEBREAK) throw new Fail();
                    break;
                default:
                    throw new Fail();
            }
        }
    }

    /// <summary>0 on success, 1 when the last op is a JUMP (a BRANCH alternative or GROUPREF_EXISTS's "then").</summary>
    private static int Inner(uint[] code, int pos, int end, int groups)
    {
        if (pos > end) throw new Fail();
        while (pos < end)
        {
            uint op = Get(code, ref pos, end);
            int skip;
            switch (op)
            {
                case MARK:
                    if (Get(code, ref pos, end) > 2 * (uint)groups + 1) throw new Fail();
                    break;
                case LITERAL:
                case NOT_LITERAL:
                case LITERAL_IGNORE:
                case NOT_LITERAL_IGNORE:
                case LITERAL_UNI_IGNORE:
                case NOT_LITERAL_UNI_IGNORE:
                case LITERAL_LOC_IGNORE:
                case NOT_LITERAL_LOC_IGNORE:
                    Get(code, ref pos, end);
                    break;
                case SUCCESS:
                case FAILURE:
                case ANY:
                case ANY_ALL:
                    break;
                case AT:
                    if (Get(code, ref pos, end) > SreAt.UNI_NON_BOUNDARY) throw new Fail();
                    break;
                case IN:
                case IN_IGNORE:
                case IN_UNI_IGNORE:
                case IN_LOC_IGNORE:
                    skip = Skip(code, ref pos, end);
                    if (skip < 2) throw new Fail();
                    Charset(code, pos, pos + skip - 2);
                    if (code[pos + skip - 2] != FAILURE) throw new Fail();
                    pos += skip - 1;
                    break;
                case INFO:
                {
                    // <INFO> <1=skip> <2=flags> <3=min> <4=max> [prefix or charset]
                    skip = Skip(code, ref pos, end);
                    int newcode = pos + skip - 1;
                    uint flags = Get(code, ref pos, end);
                    Get(code, ref pos, end);
                    Get(code, ref pos, end);
                    if ((flags & ~(SreInfo.PREFIX | SreInfo.LITERAL | SreInfo.CHARSET)) != 0) throw new Fail();
                    if ((flags & SreInfo.PREFIX) != 0 && (flags & SreInfo.CHARSET) != 0) throw new Fail();
                    if ((flags & SreInfo.LITERAL) != 0 && (flags & SreInfo.PREFIX) == 0) throw new Fail();
                    if ((flags & SreInfo.PREFIX) != 0)
                    {
                        uint prefixLen = Get(code, ref pos, end);
                        Get(code, ref pos, end);
                        if (prefixLen > newcode - pos) throw new Fail();
                        pos += (int)prefixLen;
                        if (prefixLen > newcode - pos) throw new Fail();
                        for (int i = 0; i < prefixLen; i++)
                            if (code[pos + i] >= prefixLen) throw new Fail();
                        pos += (int)prefixLen;
                    }
                    if ((flags & SreInfo.CHARSET) != 0)
                    {
                        if (newcode < 1) throw new Fail();
                        Charset(code, pos, newcode - 1);
                        if (code[newcode - 1] != FAILURE) throw new Fail();
                        pos = newcode;
                    }
                    else if (pos != newcode) throw new Fail();
                    break;
                }
                case BRANCH:
                {
                    int target = -1;
                    for (;;)
                    {
                        skip = Skip(code, ref pos, end);
                        if (skip == 0) break;
                        if (skip < 3) throw new Fail();
                        // stop 2 before the end; the JUMP is checked below
                        if (Inner(code, pos, pos + skip - 3, groups) != 0) throw new Fail();
                        pos += skip - 3;
                        if (Get(code, ref pos, end) != JUMP) throw new Fail();
                        skip = Skip(code, ref pos, end);
                        if (target < 0) target = pos + skip - 1;
                        else if (pos + skip - 1 != target) throw new Fail();
                    }
                    if (pos != target) throw new Fail();
                    break;
                }
                case REPEAT_ONE:
                case MIN_REPEAT_ONE:
                case POSSESSIVE_REPEAT_ONE:
                {
                    skip = Skip(code, ref pos, end);
                    uint min = Get(code, ref pos, end), max = Get(code, ref pos, end);
                    if (min > max || skip < 4) throw new Fail();
                    if (Inner(code, pos, pos + skip - 4, groups) != 0) throw new Fail();
                    pos += skip - 4;
                    if (Get(code, ref pos, end) != SUCCESS) throw new Fail();
                    break;
                }
                case REPEAT:
                case POSSESSIVE_REPEAT:
                {
                    skip = Skip(code, ref pos, end);
                    uint min = Get(code, ref pos, end), max = Get(code, ref pos, end);
                    if (min > max || skip < 3) throw new Fail();
                    if (Inner(code, pos, pos + skip - 3, groups) != 0) throw new Fail();
                    pos += skip - 3;
                    uint until = Get(code, ref pos, end);
                    if (op == REPEAT ? until != MAX_UNTIL && until != MIN_UNTIL : until != SUCCESS) throw new Fail();
                    break;
                }
                case ATOMIC_GROUP:
                    skip = Skip(code, ref pos, end);
                    if (skip < 2) throw new Fail();
                    if (Inner(code, pos, pos + skip - 2, groups) != 0) throw new Fail();
                    pos += skip - 2;
                    if (Get(code, ref pos, end) != SUCCESS) throw new Fail();
                    break;
                case GROUPREF:
                case GROUPREF_IGNORE:
                case GROUPREF_UNI_IGNORE:
                case GROUPREF_LOC_IGNORE:
                    if (Get(code, ref pos, end) >= (uint)groups) throw new Fail();
                    break;
                case GROUPREF_EXISTS:
                {
                    if (Get(code, ref pos, end) >= (uint)groups) throw new Fail();
                    skip = Skip(code, ref pos, end, 1);
                    pos--; // the skip is relative to the first arg
                    if (skip < 1) throw new Fail();
                    int rc = Inner(code, pos + 1, pos + skip - 1, groups);
                    if (rc == 1)
                    {
                        pos += skip - 2; // after the JUMP, at <skipno>
                        skip = Skip(code, ref pos, end);
                        if (skip < 1) throw new Fail();
                        rc = Inner(code, pos, pos + skip - 1, groups);
                    }
                    if (rc != 0) throw new Fail();
                    pos += skip - 1;
                    break;
                }
                case ASSERT:
                case ASSERT_NOT:
                {
                    skip = Skip(code, ref pos, end);
                    uint back = Get(code, ref pos, end);
                    pos--;
                    if ((back & 0x80000000) != 0 || skip < 2) throw new Fail(); // width too large
                    if (Inner(code, pos + 1, pos + skip - 2, groups) != 0) throw new Fail();
                    pos += skip - 2;
                    if (Get(code, ref pos, end) != SUCCESS) throw new Fail();
                    break;
                }
                case JUMP:
                    if (pos + 1 != end) throw new Fail();
                    return 1;
                default:
                    throw new Fail();
            }
        }
        return 0;
    }
}
