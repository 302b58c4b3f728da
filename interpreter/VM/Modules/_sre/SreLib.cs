using System.Runtime.CompilerServices;
using static Pyref.VM.Modules.Sre.SreOp;

namespace Pyref.VM.Modules.Sre;

/// <summary>
/// Modules/_sre/sre_lib.h: the matching engine, instantiated per subject representation as sre.c does for
/// UCS1/UCS2/UCS4. SRE(match) never recurses on the .NET stack for nested subpatterns: like the C code it keeps
/// its frames (SreContext) on an explicit stack and resumes the parent through a jump code, so deep patterns
/// and long subjects cannot overflow the C# stack. Positions are indexes; the subject's start is 0 (CPython's
/// state->beginning).
/// </summary>
internal static class SreLib<T> where T : struct, ISreText
{
    public const uint MAXREPEAT = 0xFFFFFFFF;

    // sre_lib.h JUMP_* codes: where a finished child frame resumes its parent.
    private const int JUMP_NONE = 0, JUMP_MAX_UNTIL_1 = 1, JUMP_MAX_UNTIL_2 = 2, JUMP_MAX_UNTIL_3 = 3,
        JUMP_MIN_UNTIL_1 = 4, JUMP_MIN_UNTIL_2 = 5, JUMP_MIN_UNTIL_3 = 6, JUMP_REPEAT = 7, JUMP_REPEAT_ONE_1 = 8,
        JUMP_REPEAT_ONE_2 = 9, JUMP_MIN_REPEAT_ONE = 10, JUMP_BRANCH = 11, JUMP_ASSERT = 12, JUMP_ASSERT_NOT = 13,
        JUMP_POSS_REPEAT_1 = 14, JUMP_POSS_REPEAT_2 = 15, JUMP_ATOMIC_GROUP = 16;

    public const int SRE_ERROR_ILLEGAL = -1, SRE_ERROR_STATE = -2;

    /// <summary>sre_lib.h SRE(at).</summary>
    private static bool At(SreState st, T s, int ptr, uint at)
    {
        int end = st.End;
        bool thisp, thatp;
        switch (at)
        {
            case SreAt.BEGINNING:
            case SreAt.BEGINNING_STRING:
                return ptr == 0;
            case SreAt.BEGINNING_LINE:
                return ptr == 0 || s[ptr - 1] == '\n';
            case SreAt.END:
                return (end - ptr == 1 && s[ptr] == '\n') || ptr == end;
            case SreAt.END_LINE:
                return ptr == end || s[ptr] == '\n';
            case SreAt.END_STRING:
                return ptr == end;
            case SreAt.BOUNDARY:
            case SreAt.NON_BOUNDARY:
                if (end == 0) return false;
                thatp = ptr > 0 && SreChars.IsWord(s[ptr - 1]);
                thisp = ptr < end && SreChars.IsWord(s[ptr]);
                return at == SreAt.BOUNDARY ? thisp != thatp : thisp == thatp;
            case SreAt.LOC_BOUNDARY:
            case SreAt.LOC_NON_BOUNDARY:
                if (end == 0) return false;
                thatp = ptr > 0 && SreChars.LocIsWord(s[ptr - 1]);
                thisp = ptr < end && SreChars.LocIsWord(s[ptr]);
                return at == SreAt.LOC_BOUNDARY ? thisp != thatp : thisp == thatp;
            case SreAt.UNI_BOUNDARY:
            case SreAt.UNI_NON_BOUNDARY:
                if (end == 0) return false;
                thatp = ptr > 0 && SreChars.UniIsWord(s[ptr - 1]);
                thisp = ptr < end && SreChars.UniIsWord(s[ptr]);
                return at == SreAt.UNI_BOUNDARY ? thisp != thatp : thisp == thatp;
        }
        return false;
    }

    /// <summary>sre_lib.h SRE(charset): is ch in the set starting at code[set]?</summary>
    public static bool Charset(uint[] code, int set, uint ch)
    {
        bool ok = true;
        for (;;)
        {
            switch (code[set++])
            {
                case FAILURE:
                    return !ok;
                case LITERAL:
                    if (ch == code[set]) return ok;
                    set++;
                    break;
                case CATEGORY:
                    if (SreChars.Category(code[set], (int)ch)) return ok;
                    set++;
                    break;
                case CHARSET:
                    if (ch < 256 && (code[set + (int)(ch >> 5)] & (1u << (int)(ch & 31))) != 0) return ok;
                    set += 256 / 32;
                    break;
                case RANGE:
                    if (code[set] <= ch && ch <= code[set + 1]) return ok;
                    set += 2;
                    break;
                case RANGE_UNI_IGNORE:
                {
                    // ch is already lower cased
                    if (code[set] <= ch && ch <= code[set + 1]) return ok;
                    uint uch = (uint)SreChars.UpperUnicode((int)ch);
                    if (code[set] <= uch && uch <= code[set + 1]) return ok;
                    set += 2;
                    break;
                }
                case NEGATE:
                    ok = !ok;
                    break;
                case BIGCHARSET:
                {
                    // <BIGCHARSET> <blockcount> <256 block indices as bytes> <blocks>
                    int count = (int)code[set++];
                    int block = ch < 0x10000u ? (int)((code[set + (int)(ch >> 10)] >> (int)(((ch >> 8) & 3) * 8)) & 0xFF) : -1;
                    set += 256 / 4;
                    if (block >= 0 && (code[set + (block * 256 + (int)(ch & 255)) / 32] & (1u << (int)(ch & 31))) != 0)
                        return ok;
                    set += count * (256 / 32);
                    break;
                }
                default:
                    // internal error: pretend it did not match, as sre_lib.h does
                    return false;
            }
        }
    }

    /// <summary>sre_lib.h SRE(charset_loc_ignore).</summary>
    private static bool CharsetLocIgnore(uint[] code, int set, int ch)
    {
        int lo = SreChars.LowerLocale(ch);
        if (Charset(code, set, (uint)lo)) return true;
        int up = SreChars.UpperLocale(ch);
        return up != lo && Charset(code, set, (uint)up);
    }

    /// <summary>sre_lib.h SRE(count): how many times the single-character item at code[pattern] matches from state.Ptr.</summary>
    private static int Count(SreState st, T s, uint[] code, int pattern, uint maxcount)
    {
        int ptr = st.Ptr;
        int end = st.End;
        if (maxcount < (uint)(end - ptr) && maxcount != MAXREPEAT) end = ptr + (int)maxcount;
        uint chr;
        switch (code[pattern])
        {
            case IN:
                while (ptr < end && Charset(code, pattern + 2, (uint)s[ptr])) ptr++;
                break;
            case ANY:
                while (ptr < end && s[ptr] != '\n') ptr++;
                break;
            case ANY_ALL:
                ptr = end;
                break;
            case LITERAL:
                chr = code[pattern + 1];
                while (ptr < end && (uint)s[ptr] == chr) ptr++;
                break;
            case LITERAL_IGNORE:
                chr = code[pattern + 1];
                while (ptr < end && (uint)SreChars.LowerAscii(s[ptr]) == chr) ptr++;
                break;
            case LITERAL_UNI_IGNORE:
                chr = code[pattern + 1];
                while (ptr < end && (uint)SreChars.LowerUnicode(s[ptr]) == chr) ptr++;
                break;
            case LITERAL_LOC_IGNORE:
                chr = code[pattern + 1];
                while (ptr < end && SreChars.CharLocIgnore(chr, s[ptr])) ptr++;
                break;
            case NOT_LITERAL:
                chr = code[pattern + 1];
                while (ptr < end && (uint)s[ptr] != chr) ptr++;
                break;
            case NOT_LITERAL_IGNORE:
                chr = code[pattern + 1];
                while (ptr < end && (uint)SreChars.LowerAscii(s[ptr]) != chr) ptr++;
                break;
            case NOT_LITERAL_UNI_IGNORE:
                chr = code[pattern + 1];
                while (ptr < end && (uint)SreChars.LowerUnicode(s[ptr]) != chr) ptr++;
                break;
            case NOT_LITERAL_LOC_IGNORE:
                chr = code[pattern + 1];
                while (ptr < end && !SreChars.CharLocIgnore(chr, s[ptr])) ptr++;
                break;
            default:
            {
                // repeated single character pattern: run the item (one level of nesting at most)
                int start = ptr;
                while (st.Ptr < end)
                {
                    int i = Match(st, s, code, pattern, false);
                    if (i < 0) return i;
                    if (i == 0) break;
                }
                return st.Ptr - start;
            }
        }
        return ptr - st.Ptr;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static SreContext Push(SreState st, int jump, bool toplevel)
    {
        var c = st.NewContext();
        c.Jump = jump;
        c.TopLevel = toplevel;
        return c;
    }

    /// <summary>
    /// sre_lib.h SRE(match): does the code at <paramref name="start"/> match at state.Ptr? 1 = yes (state.Ptr is
    /// the end of the match), 0 = no, negative = SRE_ERROR_*. Each DO_JUMP of the C code becomes: save pattern and
    /// ptr in the frame, push a child frame with the jump code, go to Entrance; Exit pops the child and jumps to
    /// the matching Resume* label (C# cannot jump into a loop, so each loop of the C code is a label here).
    /// </summary>
    public static int Match(SreState st, T s, uint[] code, int start, bool toplevel)
    {
        int end = st.End;
        int baseTop = st.ContextTop;
        int ret = 0;
        int jump;
        SreContext ctx = Push(st, JUMP_NONE, toplevel);
        int pattern = start;
        int ptr;
        int next;

    Entrance:
        ptr = st.Ptr;
        if (code[pattern] == INFO)
        {
            // <INFO> <1=skip> <2=flags> <3=min> ...
            if (code[pattern + 3] != 0 && (uint)(end - ptr) < code[pattern + 3]) goto Failure;
            pattern += (int)code[pattern + 1] + 1;
        }

    Dispatch:
        switch (code[pattern++])
        {
            case MARK:
            {
                int i = (int)code[pattern];
                if ((i & 1) != 0) st.LastIndex = i / 2 + 1;
                if (i > st.LastMark)
                {
                    // marks between the old lastmark and i were not reached: NULL them
                    int j = st.LastMark + 1;
                    while (j < i) st.Mark[j++] = -1;
                    st.LastMark = i;
                }
                st.Mark[i] = ptr;
                pattern++;
                goto Dispatch;
            }
            case LITERAL:
                if (ptr >= end || (uint)s[ptr] != code[pattern]) goto Failure;
                pattern++; ptr++;
                goto Dispatch;
            case NOT_LITERAL:
                if (ptr >= end || (uint)s[ptr] == code[pattern]) goto Failure;
                pattern++; ptr++;
                goto Dispatch;
            case SUCCESS:
                if (ctx.TopLevel && ((st.MatchAll && ptr != st.End) || (st.MustAdvance && ptr == st.Start)))
                    goto Failure;
                st.Ptr = ptr;
                goto Success;
            case AT:
                if (!At(st, s, ptr, code[pattern])) goto Failure;
                pattern++;
                goto Dispatch;
            case CATEGORY:
                if (ptr >= end || !SreChars.Category(code[pattern], s[ptr])) goto Failure;
                pattern++; ptr++;
                goto Dispatch;
            case ANY:
                if (ptr >= end || s[ptr] == '\n') goto Failure;
                ptr++;
                goto Dispatch;
            case ANY_ALL:
                if (ptr >= end) goto Failure;
                ptr++;
                goto Dispatch;
            case IN:
                if (ptr >= end || !Charset(code, pattern + 1, (uint)s[ptr])) goto Failure;
                pattern += (int)code[pattern]; ptr++;
                goto Dispatch;
            case LITERAL_IGNORE:
                if (ptr >= end || (uint)SreChars.LowerAscii(s[ptr]) != code[pattern]) goto Failure;
                pattern++; ptr++;
                goto Dispatch;
            case LITERAL_UNI_IGNORE:
                if (ptr >= end || (uint)SreChars.LowerUnicode(s[ptr]) != code[pattern]) goto Failure;
                pattern++; ptr++;
                goto Dispatch;
            case LITERAL_LOC_IGNORE:
                if (ptr >= end || !SreChars.CharLocIgnore(code[pattern], s[ptr])) goto Failure;
                pattern++; ptr++;
                goto Dispatch;
            case NOT_LITERAL_IGNORE:
                if (ptr >= end || (uint)SreChars.LowerAscii(s[ptr]) == code[pattern]) goto Failure;
                pattern++; ptr++;
                goto Dispatch;
            case NOT_LITERAL_UNI_IGNORE:
                if (ptr >= end || (uint)SreChars.LowerUnicode(s[ptr]) == code[pattern]) goto Failure;
                pattern++; ptr++;
                goto Dispatch;
            case NOT_LITERAL_LOC_IGNORE:
                if (ptr >= end || SreChars.CharLocIgnore(code[pattern], s[ptr])) goto Failure;
                pattern++; ptr++;
                goto Dispatch;
            case IN_IGNORE:
                if (ptr >= end || !Charset(code, pattern + 1, (uint)SreChars.LowerAscii(s[ptr]))) goto Failure;
                pattern += (int)code[pattern]; ptr++;
                goto Dispatch;
            case IN_UNI_IGNORE:
                if (ptr >= end || !Charset(code, pattern + 1, (uint)SreChars.LowerUnicode(s[ptr]))) goto Failure;
                pattern += (int)code[pattern]; ptr++;
                goto Dispatch;
            case IN_LOC_IGNORE:
                if (ptr >= end || !CharsetLocIgnore(code, pattern + 1, s[ptr])) goto Failure;
                pattern += (int)code[pattern]; ptr++;
                goto Dispatch;
            case JUMP:
            case INFO:
                pattern += (int)code[pattern];
                goto Dispatch;

            case BRANCH:
                // <BRANCH> <0=skip> code <JUMP> ... <NULL>
                ctx.LastMark = st.LastMark; ctx.LastIndex = st.LastIndex;
                if (st.Repeat != null) st.MarkPush(ctx.LastMark);
                goto BranchLoop;

            case REPEAT_ONE:
                // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                if (code[pattern + 1] > (long)(end - ptr)) goto Failure;
                st.Ptr = ptr;
                ret = Count(st, s, code, pattern + 3, code[pattern + 2]);
                if (ret < 0) return ret;
                ctx.Count = ret;
                ptr += ctx.Count;
                if (ctx.Count < code[pattern + 1]) goto Failure;
                if (code[pattern + (int)code[pattern]] == SUCCESS && ptr == st.End &&
                    !(ctx.TopLevel && st.MustAdvance && ptr == st.Start))
                {
                    // tail is empty.  we're finished
                    st.Ptr = ptr;
                    goto Success;
                }
                ctx.LastMark = st.LastMark; ctx.LastIndex = st.LastIndex;
                if (st.Repeat != null) st.MarkPush(ctx.LastMark);
                if (code[pattern + (int)code[pattern]] == LITERAL)
                {
                    // tail starts with a literal: skip positions where the rest cannot match
                    ctx.Chr = code[pattern + (int)code[pattern] + 1];
                    goto RepeatOne1Loop;
                }
                goto RepeatOne2Loop;

            case MIN_REPEAT_ONE:
                // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                if (code[pattern + 1] > (long)(end - ptr)) goto Failure;
                st.Ptr = ptr;
                if (code[pattern + 1] == 0)
                    ctx.Count = 0;
                else
                {
                    ret = Count(st, s, code, pattern + 3, code[pattern + 1]);
                    if (ret < 0) return ret;
                    if (ret < code[pattern + 1]) goto Failure;
                    ctx.Count = ret;
                    ptr += ctx.Count;
                }
                if (code[pattern + (int)code[pattern]] == SUCCESS &&
                    !(ctx.TopLevel && ((st.MatchAll && ptr != st.End) || (st.MustAdvance && ptr == st.Start))))
                {
                    st.Ptr = ptr;
                    goto Success;
                }
                ctx.LastMark = st.LastMark; ctx.LastIndex = st.LastIndex;
                if (st.Repeat != null) st.MarkPush(ctx.LastMark);
                goto MinRepeatOneLoop;

            case POSSESSIVE_REPEAT_ONE:
                // <POSSESSIVE_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                if (ptr + (long)code[pattern + 1] > end) goto Failure;
                st.Ptr = ptr;
                ret = Count(st, s, code, pattern + 3, code[pattern + 2]);
                if (ret < 0) return ret;
                ctx.Count = ret;
                ptr += ctx.Count;
                if (ctx.Count < code[pattern + 1]) goto Failure;
                pattern += (int)code[pattern];
                if (code[pattern] == SUCCESS && ptr == st.End && !(ctx.TopLevel && st.MustAdvance && ptr == st.Start))
                {
                    st.Ptr = ptr;
                    goto Success;
                }
                goto Dispatch;

            case REPEAT:
                // <REPEAT> <skip> <1=min> <2=max> <3=repeat_index> item <UNTIL> tail
                ctx.Rep = new SreRepeat { Count = -1, Pattern = pattern, Prev = st.Repeat, LastPtr = -1 };
                st.Repeat = ctx.Rep;
                st.Ptr = ptr;
                next = pattern + (int)code[pattern];
                ctx.Pattern = pattern; ctx.Ptr = ptr; ctx = Push(st, JUMP_REPEAT, ctx.TopLevel); pattern = next;
                goto Entrance;

            case MAX_UNTIL:
            case MIN_UNTIL:
            {
                // <REPEAT> <skip> <1=min> <2=max> item <MAX_UNTIL or MIN_UNTIL> tail: maximizing or minimizing repeat
                bool max = code[pattern - 1] == MAX_UNTIL;
                ctx.Rep = st.Repeat;
                if (ctx.Rep == null) return SRE_ERROR_STATE;
                st.Ptr = ptr;
                ctx.Count = ctx.Rep.Count + 1;
                if (ctx.Count < code[ctx.Rep.Pattern + 1])
                {
                    // not enough matches
                    ctx.Rep.Count = ctx.Count;
                    next = ctx.Rep.Pattern + 3;
                    ctx.Pattern = pattern; ctx.Ptr = ptr; ctx = Push(st, max ? JUMP_MAX_UNTIL_1 : JUMP_MIN_UNTIL_1, ctx.TopLevel); pattern = next;
                    goto Entrance;
                }
                if (max) goto MaxUntilMore;
                // MIN_UNTIL: see if the tail matches
                st.Repeat = ctx.Rep.Prev;
                ctx.LastMark = st.LastMark; ctx.LastIndex = st.LastIndex;
                if (st.Repeat != null) st.MarkPush(ctx.LastMark);
                ctx.Pattern = pattern; ctx.Ptr = ptr; ctx = Push(st, JUMP_MIN_UNTIL_2, ctx.TopLevel);
                goto Entrance;
            }

            case POSSESSIVE_REPEAT:
                // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
                st.Ptr = ptr;
                ctx.Count = 0;
                goto PossRepeatMin;

            case ATOMIC_GROUP:
                // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
                st.Ptr = ptr;
                ctx.Pattern = pattern; ctx.Ptr = ptr; ctx = Push(st, JUMP_ATOMIC_GROUP, false); pattern = pattern + 1;
                goto Entrance;

            case GROUPREF:
            case GROUPREF_IGNORE:
            case GROUPREF_UNI_IGNORE:
            case GROUPREF_LOC_IGNORE:
            {
                uint op = code[pattern - 1];
                int groupref = (int)code[pattern] * 2;
                if (groupref >= st.LastMark) goto Failure;
                int p = st.Mark[groupref], e = st.Mark[groupref + 1];
                if (p < 0 || e < 0 || e < p) goto Failure;
                while (p < e)
                {
                    if (ptr >= end) goto Failure;
                    int a = s[ptr], b = s[p];
                    bool same = op switch
                    {
                        GROUPREF => a == b,
                        GROUPREF_IGNORE => SreChars.LowerAscii(a) == SreChars.LowerAscii(b),
                        GROUPREF_UNI_IGNORE => SreChars.LowerUnicode(a) == SreChars.LowerUnicode(b),
                        _ => SreChars.LowerLocale(a) == SreChars.LowerLocale(b),
                    };
                    if (!same) goto Failure;
                    p++; ptr++;
                }
                pattern++;
                goto Dispatch;
            }

            case GROUPREF_EXISTS:
            {
                // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
                int groupref = (int)code[pattern] * 2;
                if (groupref >= st.LastMark) { pattern += (int)code[pattern + 1]; goto Dispatch; }
                int p = st.Mark[groupref], e = st.Mark[groupref + 1];
                if (p < 0 || e < 0 || e < p) { pattern += (int)code[pattern + 1]; goto Dispatch; }
                pattern += 2;
                goto Dispatch;
            }

            case ASSERT:
                // <ASSERT> <skip> <back> <pattern>
                if ((uint)ptr < code[pattern + 1]) goto Failure;
                st.Ptr = ptr - (int)code[pattern + 1];
                ctx.Pattern = pattern; ctx.Ptr = ptr; ctx = Push(st, JUMP_ASSERT, false); pattern = pattern + 2;
                goto Entrance;

            case ASSERT_NOT:
                // <ASSERT_NOT> <skip> <back> <pattern>
                if ((uint)ptr >= code[pattern + 1])
                {
                    st.Ptr = ptr - (int)code[pattern + 1];
                    ctx.LastMark = st.LastMark; ctx.LastIndex = st.LastIndex;
                    if (st.Repeat != null) st.MarkPush(ctx.LastMark);
                    ctx.Pattern = pattern; ctx.Ptr = ptr; ctx = Push(st, JUMP_ASSERT_NOT, false); pattern = pattern + 2;
                    goto Entrance;
                }
                pattern += (int)code[pattern];
                goto Dispatch;

            case FAILURE:
                goto Failure;

            default:
                // RANGE_UNI_IGNORE, SUBPATTERN, RANGE, NEGATE, BIGCHARSET, CHARSET and unknown opcodes
                return SRE_ERROR_ILLEGAL;
        }

    BranchLoop:
        for (; code[pattern] != 0; pattern += (int)code[pattern])
        {
            if (code[pattern + 1] == LITERAL && (ptr >= end || (uint)s[ptr] != code[pattern + 2]))
                continue;
            if (code[pattern + 1] == IN && (ptr >= end || !Charset(code, pattern + 3, (uint)s[ptr])))
                continue;
            st.Ptr = ptr;
            ctx.Pattern = pattern; ctx.Ptr = ptr; ctx = Push(st, JUMP_BRANCH, ctx.TopLevel); pattern = pattern + 1;
            goto Entrance;
        }
        if (st.Repeat != null) st.MarkPopDiscard(ctx.LastMark);
        goto Failure;
    ResumeBranch:
        if (ChildSucceeded(st, ctx, ret))
        {
            if (ret < 0) return ret;
            goto Success;
        }
        pattern += (int)code[pattern];
        goto BranchLoop;

    RepeatOne1Loop:
        while (ctx.Count >= code[pattern + 1] && (ptr >= end || (uint)s[ptr] != ctx.Chr))
        {
            ptr--;
            ctx.Count--;
        }
        if (ctx.Count < code[pattern + 1])
        {
            if (st.Repeat != null) st.MarkPopDiscard(ctx.LastMark);
            goto Failure;
        }
        st.Ptr = ptr;
        next = pattern + (int)code[pattern];
        ctx.Pattern = pattern; ctx.Ptr = ptr; ctx = Push(st, JUMP_REPEAT_ONE_1, ctx.TopLevel); pattern = next;
        goto Entrance;
    ResumeRepeatOne1:
        if (ChildSucceeded(st, ctx, ret))
        {
            if (ret < 0) return ret;
            goto Success;
        }
        ptr--;
        ctx.Count--;
        goto RepeatOne1Loop;

    RepeatOne2Loop:
        if (ctx.Count >= code[pattern + 1])
        {
            st.Ptr = ptr;
            next = pattern + (int)code[pattern];
            ctx.Pattern = pattern; ctx.Ptr = ptr; ctx = Push(st, JUMP_REPEAT_ONE_2, ctx.TopLevel); pattern = next;
            goto Entrance;
        }
        if (st.Repeat != null) st.MarkPopDiscard(ctx.LastMark);
        goto Failure;
    ResumeRepeatOne2:
        if (ChildSucceeded(st, ctx, ret))
        {
            if (ret < 0) return ret;
            goto Success;
        }
        ptr--;
        ctx.Count--;
        goto RepeatOne2Loop;

    MinRepeatOneLoop:
        if (code[pattern + 2] == MAXREPEAT || ctx.Count <= code[pattern + 2])
        {
            st.Ptr = ptr;
            next = pattern + (int)code[pattern];
            ctx.Pattern = pattern; ctx.Ptr = ptr; ctx = Push(st, JUMP_MIN_REPEAT_ONE, ctx.TopLevel); pattern = next;
            goto Entrance;
        }
        if (st.Repeat != null) st.MarkPopDiscard(ctx.LastMark);
        goto Failure;
    ResumeMinRepeatOne:
        if (ChildSucceeded(st, ctx, ret))
        {
            if (ret < 0) return ret;
            goto Success;
        }
        st.Ptr = ptr;
        ret = Count(st, s, code, pattern + 3, 1);
        if (ret < 0) return ret;
        if (ret == 0)
        {
            if (st.Repeat != null) st.MarkPopDiscard(ctx.LastMark);
            goto Failure;
        }
        ptr++;
        ctx.Count++;
        goto MinRepeatOneLoop;

    ResumeRepeat:
        st.Repeat = ctx.Rep!.Prev;
        if (ret != 0)
        {
            if (ret < 0) return ret;
            goto Success;
        }
        goto Failure;

    ResumeUntil1:
        // MAX_UNTIL and MIN_UNTIL alike: the item failed before the minimum count
        if (ret != 0)
        {
            if (ret < 0) return ret;
            goto Success;
        }
        ctx.Rep!.Count = ctx.Count - 1;
        st.Ptr = ptr;
        goto Failure;
    MaxUntilMore:
        if ((ctx.Count < code[ctx.Rep!.Pattern + 2] || code[ctx.Rep.Pattern + 2] == MAXREPEAT) && st.Ptr != ctx.Rep.LastPtr)
        {
            // we may have enough matches, but if we can match another item, do so
            ctx.Rep.Count = ctx.Count;
            ctx.LastMark = st.LastMark; ctx.LastIndex = st.LastIndex;
            st.MarkPush(ctx.LastMark);
            // zero-width match protection
            st.PushData(ctx.Rep.LastPtr);
            ctx.Rep.LastPtr = st.Ptr;
            next = ctx.Rep.Pattern + 3;
            ctx.Pattern = pattern; ctx.Ptr = ptr; ctx = Push(st, JUMP_MAX_UNTIL_2, ctx.TopLevel); pattern = next;
            goto Entrance;
        }
        goto MaxUntilTail;
    ResumeMaxUntil2:
        ctx.Rep!.LastPtr = st.Data[--st.DataTop];
        if (ret != 0)
        {
            st.MarkPopDiscard(ctx.LastMark);
            if (ret < 0) return ret;
            goto Success;
        }
        st.MarkPop(ctx.LastMark);
        st.LastMark = ctx.LastMark; st.LastIndex = ctx.LastIndex;
        ctx.Rep.Count = ctx.Count - 1;
        st.Ptr = ptr;
        goto MaxUntilTail;
    MaxUntilTail:
        // cannot match more repeated items here.  make sure the tail matches
        st.Repeat = ctx.Rep!.Prev;
        ctx.Pattern = pattern; ctx.Ptr = ptr; ctx = Push(st, JUMP_MAX_UNTIL_3, ctx.TopLevel);
        goto Entrance;
    ResumeMaxUntil3:
        st.Repeat = ctx.Rep; // restore repeat before return
        if (ret != 0)
        {
            if (ret < 0) return ret;
            goto Success;
        }
        st.Ptr = ptr;
        goto Failure;

    ResumeMinUntil2:
    {
        var repeatOfTail = st.Repeat;
        st.Repeat = ctx.Rep; // restore repeat before return
        if (ret != 0)
        {
            if (repeatOfTail != null) st.MarkPopDiscard(ctx.LastMark);
            if (ret < 0) return ret;
            goto Success;
        }
        if (repeatOfTail != null) st.MarkPop(ctx.LastMark);
        st.LastMark = ctx.LastMark; st.LastIndex = ctx.LastIndex;
        st.Ptr = ptr;
        if ((ctx.Count >= code[ctx.Rep!.Pattern + 2] && code[ctx.Rep.Pattern + 2] != MAXREPEAT) || st.Ptr == ctx.Rep.LastPtr)
            goto Failure;
        ctx.Rep.Count = ctx.Count;
        // zero-width match protection
        st.PushData(ctx.Rep.LastPtr);
        ctx.Rep.LastPtr = st.Ptr;
        next = ctx.Rep.Pattern + 3;
        ctx.Pattern = pattern; ctx.Ptr = ptr; ctx = Push(st, JUMP_MIN_UNTIL_3, ctx.TopLevel); pattern = next;
        goto Entrance;
    }
    ResumeMinUntil3:
        ctx.Rep!.LastPtr = st.Data[--st.DataTop];
        if (ret != 0)
        {
            if (ret < 0) return ret;
            goto Success;
        }
        ctx.Rep.Count = ctx.Count - 1;
        st.Ptr = ptr;
        goto Failure;

    PossRepeatMin:
        // check for minimum required matches
        if (ctx.Count < code[pattern + 1])
        {
            ctx.Pattern = pattern; ctx.Ptr = ptr; ctx = Push(st, JUMP_POSS_REPEAT_1, false); pattern = pattern + 3;
            goto Entrance;
        }
        // clear ptr so that it differs from state.Ptr and the loop is entered
        ptr = -1;
        goto PossRepeatLoop;
    ResumePossRepeat1:
        if (ret != 0)
        {
            if (ret < 0) return ret;
            ctx.Count++;
            goto PossRepeatMin;
        }
        st.Ptr = ptr;
        goto Failure;
    PossRepeatLoop:
        if ((ctx.Count < code[pattern + 2] || code[pattern + 2] == MAXREPEAT) && st.Ptr != ptr)
        {
            ctx.LastMark = st.LastMark; ctx.LastIndex = st.LastIndex;
            st.MarkPush(ctx.LastMark);
            // zero-width match protection
            ptr = st.Ptr;
            ctx.Pattern = pattern; ctx.Ptr = ptr; ctx = Push(st, JUMP_POSS_REPEAT_2, false); pattern = pattern + 3;
            goto Entrance;
        }
        goto PossRepeatTail;
    ResumePossRepeat2:
        if (ret != 0)
        {
            st.MarkPopDiscard(ctx.LastMark);
            if (ret < 0) return ret;
            ctx.Count++;
            goto PossRepeatLoop;
        }
        st.MarkPop(ctx.LastMark);
        st.LastMark = ctx.LastMark; st.LastIndex = ctx.LastIndex;
        st.Ptr = ptr;
        goto PossRepeatTail;
    PossRepeatTail:
        // skip to the end of the item and over its SUCCESS
        pattern += (int)code[pattern] + 1;
        ptr = st.Ptr;
        goto Dispatch;

    ResumeAtomicGroup:
        if (ret < 0) return ret;
        if (ret == 0)
        {
            st.Ptr = ptr;
            goto Failure;
        }
        pattern += (int)code[pattern];
        ptr = st.Ptr;
        goto Dispatch;

    ResumeAssert:
        if (ret < 0) return ret;
        if (ret == 0) goto Failure;
        pattern += (int)code[pattern];
        goto Dispatch;

    ResumeAssertNot:
        if (ret != 0)
        {
            if (st.Repeat != null) st.MarkPopDiscard(ctx.LastMark);
            if (ret < 0) return ret;
            goto Failure;
        }
        if (st.Repeat != null) st.MarkPop(ctx.LastMark);
        st.LastMark = ctx.LastMark; st.LastIndex = ctx.LastIndex;
        pattern += (int)code[pattern];
        goto Dispatch;

    Success:
        ret = 1;
        goto Exit;
    Failure:
        ret = 0;
    Exit:
        jump = ctx.Jump;
        st.ContextTop--;
        if (st.ContextTop == baseTop) return ret;
        ctx = st.Contexts[st.ContextTop - 1];
        pattern = ctx.Pattern;
        ptr = ctx.Ptr;
        switch (jump)
        {
            case JUMP_MAX_UNTIL_2: goto ResumeMaxUntil2;
            case JUMP_MAX_UNTIL_3: goto ResumeMaxUntil3;
            case JUMP_MIN_UNTIL_2: goto ResumeMinUntil2;
            case JUMP_MIN_UNTIL_3: goto ResumeMinUntil3;
            case JUMP_BRANCH: goto ResumeBranch;
            case JUMP_MAX_UNTIL_1: goto ResumeUntil1;
            case JUMP_MIN_UNTIL_1: goto ResumeUntil1;
            case JUMP_POSS_REPEAT_1: goto ResumePossRepeat1;
            case JUMP_POSS_REPEAT_2: goto ResumePossRepeat2;
            case JUMP_REPEAT: goto ResumeRepeat;
            case JUMP_REPEAT_ONE_1: goto ResumeRepeatOne1;
            case JUMP_REPEAT_ONE_2: goto ResumeRepeatOne2;
            case JUMP_MIN_REPEAT_ONE: goto ResumeMinRepeatOne;
            case JUMP_ATOMIC_GROUP: goto ResumeAtomicGroup;
            case JUMP_ASSERT: goto ResumeAssert;
            case JUMP_ASSERT_NOT: goto ResumeAssertNot;
        }
        return ret;
    }

    /// <summary>
    /// What BRANCH and the REPEAT_ONE family do when a child frame returns: on success (or an error) the marks saved
    /// before the try are dropped (MARK_POP_DISCARD); on failure they are restored for the next try (MARK_POP_KEEP,
    /// LASTMARK_RESTORE).
    /// </summary>
    private static bool ChildSucceeded(SreState st, SreContext ctx, int ret)
    {
        if (ret != 0)
        {
            if (st.Repeat != null) st.MarkPopDiscard(ctx.LastMark);
            return true;
        }
        if (st.Repeat != null) st.MarkPopKeep(ctx.LastMark);
        st.LastMark = ctx.LastMark; st.LastIndex = ctx.LastIndex;
        return false;
    }

    /// <summary>RESET_CAPTURE_GROUP: between two SRE(match) calls in a search loop.</summary>
    private static void ResetCaptureGroup(SreState st)
    {
        st.LastMark = st.LastIndex = -1;
    }

    /// <summary>sre_lib.h SRE(search): the leftmost match from state.Start, using the INFO block's literal prefix or charset.</summary>
    public static int Search(SreState st, T s, uint[] code)
    {
        int ptr = st.Start;
        int end = st.End;
        int status = 0;
        int prefixLen = 0, prefixSkip = 0, prefix = -1, charset = -1, overlap = -1;
        uint flags = 0;
        int pattern = 0;

        if (ptr > end) return 0;

        if (code[0] == INFO)
        {
            // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
            flags = code[2];
            if (code[3] != 0 && (uint)(end - ptr) < code[3]) return 0;
            if (code[3] > 1)
            {
                // adjust end point (but leave at least one character, so literal search works)
                end -= (int)(code[3] - 1);
                if (end <= ptr) end = ptr;
            }
            if ((flags & SreInfo.PREFIX) != 0)
            {
                // <length> <skip> <prefix data> <overlap data>
                prefixLen = (int)code[5];
                prefixSkip = (int)code[6];
                prefix = 7;
                overlap = prefix + prefixLen - 1;
            }
            else if ((flags & SreInfo.CHARSET) != 0)
                charset = 5;
            pattern = 1 + (int)code[1];
        }

        if (prefixLen == 1)
        {
            // pattern starts with a literal character
            uint c = code[prefix];
            end = st.End;
            st.MustAdvance = false;
            while (ptr < end)
            {
                while ((uint)s[ptr] != c)
                {
                    if (++ptr >= end) return 0;
                }
                st.Start = ptr;
                st.Ptr = ptr + prefixSkip;
                if ((flags & SreInfo.LITERAL) != 0) return 1; // we got all of it
                status = Match(st, s, code, pattern + 2 * prefixSkip, false);
                if (status != 0) return status;
                ++ptr;
                ResetCaptureGroup(st);
            }
            return 0;
        }

        if (prefixLen > 1)
        {
            // pattern starts with a known prefix: use the overlap table to skip forward
            end = st.End;
            if (prefixLen > end - ptr) return 0;
            while (ptr < end)
            {
                uint c = code[prefix];
                while ((uint)s[ptr++] != c)
                {
                    if (ptr >= end) return 0;
                }
                if (ptr >= end) return 0;
                int i = 1;
                st.MustAdvance = false;
                do
                {
                    if ((uint)s[ptr] == code[prefix + i])
                    {
                        if (++i != prefixLen)
                        {
                            if (++ptr >= end) return 0;
                            continue;
                        }
                        // found a potential match
                        st.Start = ptr - (prefixLen - 1);
                        st.Ptr = ptr - (prefixLen - prefixSkip - 1);
                        if ((flags & SreInfo.LITERAL) != 0) return 1;
                        status = Match(st, s, code, pattern + 2 * prefixSkip, false);
                        if (status != 0) return status;
                        // close but no cigar -- try again
                        if (++ptr >= end) return 0;
                        ResetCaptureGroup(st);
                    }
                    i = (int)code[overlap + i];
                } while (i != 0);
            }
            return 0;
        }

        if (charset >= 0)
        {
            // pattern starts with a character from a known set
            end = st.End;
            st.MustAdvance = false;
            for (;;)
            {
                while (ptr < end && !Charset(code, charset, (uint)s[ptr])) ptr++;
                if (ptr >= end) return 0;
                st.Start = ptr;
                st.Ptr = ptr;
                status = Match(st, s, code, pattern, false);
                if (status != 0) break;
                ptr++;
                ResetCaptureGroup(st);
            }
        }
        else
        {
            // general case
            st.Start = st.Ptr = ptr;
            status = Match(st, s, code, pattern, true);
            st.MustAdvance = false;
            if (status == 0 && code[pattern] == AT && (code[pattern + 1] == SreAt.BEGINNING || code[pattern + 1] == SreAt.BEGINNING_STRING))
            {
                st.Start = st.Ptr = end;
                return 0;
            }
            while (status == 0 && ptr < end)
            {
                ptr++;
                ResetCaptureGroup(st);
                st.Start = st.Ptr = ptr;
                status = Match(st, s, code, pattern, false);
            }
        }
        return status;
    }
}
