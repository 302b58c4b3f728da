using System.Numerics;
using Pyref.Bytecode;
using Pyref.Compiler.Flowgraph;
using Pyref.Parser.Ast;
using PyNone = Pyref.Bytecode.PyNone;

using Attribute = Pyref.Parser.Ast.Attribute;
using Tuple = Pyref.Parser.Ast.Tuple;
using PyRepr = Pyref.Bytecode.PyRepr;
using PyTuple = Pyref.Bytecode.PyTuple;

namespace Pyref.Compiler.Codegen;

/// <summary>
/// pattern_context of Python/compile.c (PEP 634). Every compiler_pattern_* consumes the subject on top of the stack
/// and jumps to FailPop[n] on failure, which pops n items.
/// </summary>
internal sealed class PatternContext
{
    public List<string> Stores = new();
    public bool AllowIrrefutable;
    public List<BasicBlock> FailPop = new();
    public int OnTop;

    public PatternContext Clone() => new()
    {
        Stores = Stores, AllowIrrefutable = AllowIrrefutable, FailPop = FailPop, OnTop = OnTop,
    };
}

public sealed partial class Codegen
{
    private static bool WildcardCheck(PatternNode p) => p is MatchAs { Pattern: null, Name: null };
    private static bool WildcardStarCheck(PatternNode p) => p is MatchStar { Name: null };

    /// <summary>ensure_fail_pop.</summary>
    private void EnsureFailPop(PatternContext pc, int n)
    {
        while (pc.FailPop.Count < n + 1) pc.FailPop.Add(NewBlock());
    }

    /// <summary>jump_to_fail_pop.</summary>
    private void JumpToFailPop(PatternContext pc, int op)
    {
        int pops = pc.OnTop + pc.Stores.Count;
        EnsureFailPop(pc, pops);
        AddOpJ(op, pc.FailPop[pops]);
    }

    /// <summary>emit_and_reset_fail_pop.</summary>
    private void EmitAndResetFailPop(PatternContext pc)
    {
        if (pc.FailPop.Count == 0) return;
        for (int i = pc.FailPop.Count - 1; i > 0; i--)
        {
            UseNextBlock(pc.FailPop[i]);
            AddOp(Op311.POP_TOP);
        }
        UseNextBlock(pc.FailPop[0]);
        pc.FailPop = new();
    }

    /// <summary>pattern_helper_rotate.</summary>
    private void PatternHelperRotate(int count)
    {
        while (1 < count) AddOpI(Op311.SWAP, count--);
    }

    /// <summary>pattern_helper_store_name.</summary>
    private void PatternHelperStoreName(string? n, PatternContext pc)
    {
        if (n is null)
        {
            AddOp(Op311.POP_TOP);
            return;
        }
        ForbiddenName(n, ExprCtx.Store);
        if (pc.Stores.Contains(n)) throw Error($"multiple assignments to name {Pyref.Bytecode.PyRepr.Repr(n)} in pattern");
        PatternHelperRotate(pc.OnTop + pc.Stores.Count + 1);
        pc.Stores.Add(n);
    }

    /// <summary>pattern_unpack_helper.</summary>
    private void PatternUnpackHelper(List<PatternNode> elts)
    {
        int n = elts.Count;
        bool seenStar = false;
        for (int i = 0; i < n; i++)
        {
            if (elts[i] is MatchStar && !seenStar)
            {
                if (i >= (1 << 8) || n - i - 1 >= (int.MaxValue >> 8))
                    throw Error("too many expressions in star-unpacking sequence pattern");
                AddOpI(Op311.UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
            else if (elts[i] is MatchStar)
            {
                throw Error("multiple starred expressions in sequence pattern");
            }
        }
        if (!seenStar) AddOpI(Op311.UNPACK_SEQUENCE, n);
    }

    /// <summary>pattern_helper_sequence_unpack.</summary>
    private void PatternHelperSequenceUnpack(List<PatternNode> patterns, PatternContext pc)
    {
        PatternUnpackHelper(patterns);
        int size = patterns.Count;
        pc.OnTop += size;
        foreach (var p in patterns)
        {
            pc.OnTop--;
            PatternSubpattern(p, pc);
        }
    }

    /// <summary>pattern_helper_sequence_subscr: BINARY_SUBSCR for patterns with a starred wildcard.</summary>
    private void PatternHelperSequenceSubscr(List<PatternNode> patterns, int star, PatternContext pc)
    {
        pc.OnTop++;
        int size = patterns.Count;
        for (int i = 0; i < size; i++)
        {
            var pattern = patterns[i];
            if (WildcardCheck(pattern)) continue;
            if (i == star) continue;
            AddOpI(Op311.COPY, 1);
            if (i < star) LoadConst(new BigInteger(i));
            else
            {
                AddOp(Op311.GET_LEN);
                LoadConst(new BigInteger(size - i));
                AddOpI(Op311.BINARY_OP, BinaryOp311.NB_SUBTRACT);
            }
            AddOp(Op311.BINARY_SUBSCR);
            PatternSubpattern(pattern, pc);
        }
        pc.OnTop--;
        AddOp(Op311.POP_TOP);
    }

    /// <summary>compiler_pattern_subpattern: a pattern nested in another one may be irrefutable.</summary>
    private void PatternSubpattern(PatternNode p, PatternContext pc)
    {
        bool allow = pc.AllowIrrefutable;
        pc.AllowIrrefutable = true;
        CompilerPattern(p, pc);
        pc.AllowIrrefutable = allow;
    }

    /// <summary>compiler_pattern_as.</summary>
    private void PatternAs(MatchAs p, PatternContext pc)
    {
        if (p.Pattern is null)
        {
            if (!pc.AllowIrrefutable)
            {
                if (p.Name is not null)
                    throw Error($"name capture {Pyref.Bytecode.PyRepr.Repr(p.Name)} makes remaining patterns unreachable");
                throw Error("wildcard makes remaining patterns unreachable");
            }
            PatternHelperStoreName(p.Name, pc);
            return;
        }
        pc.OnTop++;
        AddOpI(Op311.COPY, 1);
        CompilerPattern(p.Pattern, pc);
        pc.OnTop--;
        PatternHelperStoreName(p.Name, pc);
    }

    /// <summary>validate_kwd_attrs.</summary>
    private void ValidateKwdAttrs(List<string> attrs, List<PatternNode> patterns)
    {
        for (int i = 0; i < attrs.Count; i++)
        {
            SetLoc(patterns[i]);
            ForbiddenName(attrs[i], ExprCtx.Store);
            for (int j = i + 1; j < attrs.Count; j++)
            {
                if (attrs[i] == attrs[j])
                {
                    SetLoc(patterns[j]);
                    throw Error($"attribute name repeated in class pattern: {attrs[i]}");
                }
            }
        }
    }

    /// <summary>compiler_pattern_class.</summary>
    private void PatternClass(MatchClass p, PatternContext pc)
    {
        var patterns = p.Patterns;
        var kwdAttrs = p.KwdAttrs;
        var kwdPatterns = p.KwdPatterns;
        int nargs = patterns.Count, nattrs = kwdAttrs.Count;
        if (nattrs != kwdPatterns.Count)
            throw Error($"kwd_attrs ({nattrs}) / kwd_patterns ({kwdPatterns.Count}) length mismatch in class pattern");
        if (nattrs > 0)
        {
            ValidateKwdAttrs(kwdAttrs, kwdPatterns);
            SetLoc(p);
        }
        VisitExpr(p.Cls);
        LoadConst(new PyTuple(kwdAttrs.Cast<object>().ToArray()));
        AddOpI(Op311.MATCH_CLASS, nargs);
        AddOpI(Op311.COPY, 1);
        LoadConst(PyNone.Value);
        AddOpI(Op311.IS_OP, 1);
        pc.OnTop++;
        JumpToFailPop(pc, Op311.POP_JUMP_IF_FALSE);
        AddOpI(Op311.UNPACK_SEQUENCE, nargs + nattrs);
        pc.OnTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++)
        {
            pc.OnTop--;
            var pattern = i < nargs ? patterns[i] : kwdPatterns[i - nargs];
            if (WildcardCheck(pattern))
            {
                AddOp(Op311.POP_TOP);
                continue;
            }
            PatternSubpattern(pattern, pc);
        }
    }

    /// <summary>compiler_pattern_mapping.</summary>
    private void PatternMapping(MatchMapping p, PatternContext pc)
    {
        var keys = p.Keys;
        var patterns = p.Patterns;
        int size = keys.Count;
        if (size != patterns.Count)
            throw Error($"keys ({size}) / patterns ({patterns.Count}) length mismatch in mapping pattern");
        var starTarget = p.Rest;
        pc.OnTop++;
        AddOp(Op311.MATCH_MAPPING);
        JumpToFailPop(pc, Op311.POP_JUMP_IF_FALSE);
        if (size == 0 && starTarget is null)
        {
            pc.OnTop--;
            AddOp(Op311.POP_TOP);
            return;
        }
        if (size > 0)
        {
            AddOp(Op311.GET_LEN);
            LoadConst(new BigInteger(size));
            AddOpI(Op311.COMPARE_OP, CompareOp.Ge);
            JumpToFailPop(pc, Op311.POP_JUMP_IF_FALSE);
        }
        var seen = new List<object>();
        for (int i = 0; i < size; i++)
        {
            var key = keys[i];
            if (key is null)
            {
                SetLoc(patterns[i]);
                throw Error("can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
            }
            if (key is Constant k)
            {
                var value = ConvertConstant(k.Value);
                if (seen.Any(s => PyEquals(s, value)))
                    throw Error($"mapping pattern checks duplicate key ({Pyref.Bytecode.PyRepr.Repr(value)})");
                seen.Add(value);
            }
            else if (key is not Attribute)
            {
                throw Error("mapping pattern keys may only match literals and attribute lookups");
            }
            VisitExpr(key);
        }
        AddOpI(Op311.BUILD_TUPLE, size);
        AddOp(Op311.MATCH_KEYS);
        pc.OnTop += 2;
        AddOpI(Op311.COPY, 1);
        LoadConst(PyNone.Value);
        AddOpI(Op311.IS_OP, 1);
        JumpToFailPop(pc, Op311.POP_JUMP_IF_FALSE);
        AddOpI(Op311.UNPACK_SEQUENCE, size);
        pc.OnTop += size - 1;
        for (int i = 0; i < size; i++)
        {
            pc.OnTop--;
            PatternSubpattern(patterns[i], pc);
        }
        pc.OnTop -= 2;
        if (starTarget is not null)
        {
            AddOpI(Op311.BUILD_MAP, 0);
            AddOpI(Op311.SWAP, 3);
            AddOpI(Op311.DICT_UPDATE, 2);
            AddOpI(Op311.UNPACK_SEQUENCE, size);
            while (size > 0)
            {
                AddOpI(Op311.COPY, 1 + size--);
                AddOpI(Op311.SWAP, 2);
                AddOp(Op311.DELETE_SUBSCR);
            }
            PatternHelperStoreName(starTarget, pc);
        }
        else
        {
            AddOp(Op311.POP_TOP);
            AddOp(Op311.POP_TOP);
        }
    }

    /// <summary>compiler_pattern_or.</summary>
    private void PatternOr(MatchOr p, PatternContext pc)
    {
        var end = NewBlock();
        int size = p.Patterns.Count;
        var oldPc = pc.Clone();
        List<string>? control = null;
        for (int i = 0; i < size; i++)
        {
            var alt = p.Patterns[i];
            SetLoc(alt);
            pc.Stores = new List<string>();
            pc.AllowIrrefutable = i == size - 1 && oldPc.AllowIrrefutable;
            pc.FailPop = new List<BasicBlock>();
            pc.OnTop = 0;
            AddOpI(Op311.COPY, 1);
            CompilerPattern(alt, pc);
            int nstores = pc.Stores.Count;
            if (i == 0)
            {
                control = pc.Stores;
            }
            else if (nstores != control!.Count)
            {
                throw Error("alternative patterns bind different names");
            }
            else if (nstores > 0)
            {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--)
                {
                    var name = control[icontrol];
                    int istores = pc.Stores.IndexOf(name);
                    if (istores < 0) throw Error("alternative patterns bind different names");
                    if (icontrol != istores)
                    {
                        int rotations = istores + 1;
                        var rotated = pc.Stores.GetRange(0, rotations);
                        pc.Stores.RemoveRange(0, rotations);
                        pc.Stores.InsertRange(icontrol - istores, rotated);
                        while (rotations-- > 0) PatternHelperRotate(icontrol + 1);
                    }
                }
            }
            AddOpJ(Op311.JUMP, end);
            EmitAndResetFailPop(pc);
        }
        // Restore the outer context (its stores list and fail_pop blocks are shared, as in C).
        pc.Stores = oldPc.Stores;
        pc.AllowIrrefutable = oldPc.AllowIrrefutable;
        pc.FailPop = oldPc.FailPop;
        pc.OnTop = oldPc.OnTop;
        AddOp(Op311.POP_TOP);
        JumpToFailPop(pc, Op311.JUMP);
        UseNextBlock(end);
        int nstoresCtl = control!.Count;
        int nrots = nstoresCtl + 1 + pc.OnTop + pc.Stores.Count;
        for (int i = 0; i < nstoresCtl; i++)
        {
            PatternHelperRotate(nrots);
            var name = control[i];
            if (pc.Stores.Contains(name))
                throw Error($"multiple assignments to name {Pyref.Bytecode.PyRepr.Repr(name)} in pattern");
            pc.Stores.Add(name);
        }
        AddOp(Op311.POP_TOP);
    }

    /// <summary>compiler_pattern_sequence.</summary>
    private void PatternSequence(MatchSequence p, PatternContext pc)
    {
        var patterns = p.Patterns;
        int size = patterns.Count;
        int star = -1;
        bool onlyWildcard = true, starWildcard = false;
        for (int i = 0; i < size; i++)
        {
            var pattern = patterns[i];
            if (pattern is MatchStar)
            {
                if (star >= 0) throw Error("multiple starred names in sequence pattern");
                starWildcard = WildcardStarCheck(pattern);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= WildcardCheck(pattern);
        }
        pc.OnTop++;
        AddOp(Op311.MATCH_SEQUENCE);
        JumpToFailPop(pc, Op311.POP_JUMP_IF_FALSE);
        if (star < 0)
        {
            AddOp(Op311.GET_LEN);
            LoadConst(new BigInteger(size));
            AddOpI(Op311.COMPARE_OP, CompareOp.Eq);
            JumpToFailPop(pc, Op311.POP_JUMP_IF_FALSE);
        }
        else if (size > 1)
        {
            AddOp(Op311.GET_LEN);
            LoadConst(new BigInteger(size - 1));
            AddOpI(Op311.COMPARE_OP, CompareOp.Ge);
            JumpToFailPop(pc, Op311.POP_JUMP_IF_FALSE);
        }
        pc.OnTop--;
        if (onlyWildcard) AddOp(Op311.POP_TOP);
        else if (starWildcard) PatternHelperSequenceSubscr(patterns, star, pc);
        else PatternHelperSequenceUnpack(patterns, pc);
    }

    /// <summary>compiler_pattern_value.</summary>
    private void PatternValue(MatchValue p, PatternContext pc)
    {
        if (p.Value is not Constant and not Attribute)
            throw Error("patterns may only match literals and attribute lookups");
        VisitExpr(p.Value);
        AddOpI(Op311.COMPARE_OP, CompareOp.Eq);
        JumpToFailPop(pc, Op311.POP_JUMP_IF_FALSE);
    }

    /// <summary>compiler_pattern_singleton.</summary>
    private void PatternSingleton(MatchSingleton p, PatternContext pc)
    {
        LoadConst(ConvertConstant(p.Value));
        AddOpI(Op311.IS_OP, 0);
        JumpToFailPop(pc, Op311.POP_JUMP_IF_FALSE);
    }

    /// <summary>compiler_pattern.</summary>
    private void CompilerPattern(PatternNode p, PatternContext pc)
    {
        CheckStack();
        SetLoc(p);
        switch (p)
        {
            case MatchValue v: PatternValue(v, pc); break;
            case MatchSingleton s: PatternSingleton(s, pc); break;
            case MatchSequence s: PatternSequence(s, pc); break;
            case MatchMapping m: PatternMapping(m, pc); break;
            case MatchClass c: PatternClass(c, pc); break;
            case MatchStar s: PatternHelperStoreName(s.Name, pc); break;
            case MatchAs a: PatternAs(a, pc); break;
            case MatchOr o: PatternOr(o, pc); break;
            default: throw Error($"invalid match pattern node in AST (kind={p.TypeName})");
        }
    }

    /// <summary>compiler_match / compiler_match_inner.</summary>
    private void CompilerMatch(Match s)
    {
        var pc = new PatternContext();
        VisitExpr(s.Subject);
        var end = NewBlock();
        int cases = s.Cases.Count;
        var m = s.Cases[cases - 1];
        int hasDefault = WildcardCheck(m.Pattern) && 1 < cases ? 1 : 0;
        for (int i = 0; i < cases - hasDefault; i++)
        {
            m = s.Cases[i];
            SetLoc(m.Pattern);
            if (i != cases - hasDefault - 1) AddOpI(Op311.COPY, 1);
            pc.Stores = new List<string>();
            pc.AllowIrrefutable = m.Guard is not null || i == cases - 1;
            pc.FailPop = new List<BasicBlock>();
            pc.OnTop = 0;
            CompilerPattern(m.Pattern, pc);
            foreach (var name in pc.Stores) NameOp(name, ExprCtx.Store);
            if (m.Guard is not null)
            {
                EnsureFailPop(pc, 0);
                JumpIf(m.Guard, pc.FailPop[0], false);
            }
            if (i != cases - hasDefault - 1) AddOp(Op311.POP_TOP);
            VisitStmts(m.Body);
            UnsetLoc();
            AddOpJ(Op311.JUMP, end);
            SetLoc(m.Pattern);
            EmitAndResetFailPop(pc);
        }
        if (hasDefault != 0)
        {
            m = s.Cases[cases - 1];
            SetLoc(m.Pattern);
            if (cases == 1) AddOp(Op311.POP_TOP);
            else AddOp(Op311.NOP);
            if (m.Guard is not null) JumpIf(m.Guard, end, false);
            VisitStmts(m.Body);
            UnsetLoc();
        }
        UseNextBlock(end);
    }
}
