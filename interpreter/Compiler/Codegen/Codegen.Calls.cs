using Pyref.Bytecode;
using Pyref.Parser.Ast;
using Pyref.Symtable;

using Attribute = Pyref.Parser.Ast.Attribute;
using Tuple = Pyref.Parser.Ast.Tuple;
using PyRepr = Pyref.Bytecode.PyRepr;
using PyNone = Pyref.Bytecode.PyNone;
using PyTuple = Pyref.Bytecode.PyTuple;

namespace Pyref.Compiler.Codegen;

public sealed partial class Codegen
{
    /// <summary>is_import_originated: is e a Name that the module imports (then no LOAD_METHOD on it)?</summary>
    private bool IsImportOriginated(ExprNode e) =>
        e is Name n && (_st.Top.GetSymbol(n.Id) & SymbolFlags.DefImport) != 0;

    /// <summary>maybe_optimize_method_call: LOAD_METHOD ... PRECALL/CALL for obj.meth(args) without * or **.</summary>
    private bool MaybeOptimizeMethodCall(Call e)
    {
        if (e.Func is not Attribute meth || meth.Ctx is not Load) return false;
        if (IsImportOriginated(meth.Value)) return false;
        var args = e.Args;
        var kwds = e.Keywords;
        int argsl = args.Count, kwdsl = kwds.Count;
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= StackUseGuideline) return false;
        foreach (var a in args) if (a is Starred) return false;
        foreach (var k in kwds) if (k.Arg is null) return false;

        VisitExpr(meth.Value);
        SetLoc(meth);
        UpdateStartLocationToMatchAttr(meth);
        AddOpName(Op311.LOAD_METHOD, meth.Attr);
        foreach (var a in args) VisitExpr(a);
        if (kwdsl > 0)
        {
            foreach (var k in kwds) VisitExpr(k.Value);
            CallSimpleKwHelper(kwds, kwdsl);
        }
        SetLoc(e);
        UpdateStartLocationToMatchAttr(meth);
        AddOpI(Op311.PRECALL, argsl + kwdsl);
        AddOpI(Op311.CALL, argsl + kwdsl);
        return true;
    }

    /// <summary>validate_keywords: __debug__ as a keyword and repeated keywords.</summary>
    private void ValidateKeywords(List<Keyword> keywords)
    {
        for (int i = 0; i < keywords.Count; i++)
        {
            var key = keywords[i];
            if (key.Arg is null) continue;
            ForbiddenName(key.Arg, ExprCtx.Store);
            for (int j = i + 1; j < keywords.Count; j++)
            {
                var other = keywords[j];
                if (other.Arg is not null && other.Arg == key.Arg)
                {
                    SetLoc(other);
                    throw Error($"keyword argument repeated: {key.Arg}");
                }
            }
        }
    }

    /// <summary>check_caller: the "object is not callable" SyntaxWarning.</summary>
    private void CheckCaller(ExprNode e)
    {
        if (e is Constant or Tuple or List or ListComp or Dict or DictComp or Set or SetComp or GeneratorExp or JoinedStr or FormattedValue)
            Warn($"'{InferType(e)}' object is not callable; perhaps you missed a comma?");
    }

    /// <summary>compiler_call.</summary>
    private void CompilerCall(Call e)
    {
        ValidateKeywords(e.Keywords);
        if (MaybeOptimizeMethodCall(e)) return;
        CheckCaller(e.Func);
        SetLoc(e.Func);
        AddOp(Op311.PUSH_NULL);
        SetLoc(e);
        VisitExpr(e.Func);
        CallHelper(0, e.Args, e.Keywords);
    }

    /// <summary>compiler_subkwargs: a dict of keywords[begin..end).</summary>
    private void SubKwargs(List<Keyword> keywords, int begin, int end)
    {
        int n = end - begin;
        bool big = n * 2 > StackUseGuideline;
        if (n > 1 && !big)
        {
            for (int i = begin; i < end; i++) VisitExpr(keywords[i].Value);
            var keys = new object[n];
            for (int i = begin; i < end; i++) keys[i - begin] = keywords[i].Arg!;
            LoadConst(new PyTuple(keys));
            AddOpI(Op311.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) AddOpINoLine(Op311.BUILD_MAP, 0);
        for (int i = begin; i < end; i++)
        {
            var kw = keywords[i];
            LoadConst(kw.Arg!);
            VisitExpr(kw.Value);
            if (big) AddOpINoLine(Op311.MAP_ADD, 1);
        }
        if (!big) AddOpI(Op311.BUILD_MAP, n);
    }

    /// <summary>compiler_call_simple_kw_helper: KW_NAMES with the tuple of keyword names.</summary>
    private void CallSimpleKwHelper(List<Keyword> keywords, int nkwelts)
    {
        var names = new object[nkwelts];
        for (int i = 0; i < nkwelts; i++) names[i] = keywords[i].Arg!;
        AddOpI(Op311.KW_NAMES, AddConst(new PyTuple(names)));
    }

    /// <summary>compiler_call_helper: the arguments of a call (n already pushed) and PRECALL/CALL or CALL_FUNCTION_EX.</summary>
    private void CallHelper(int n, List<ExprNode> args, List<Keyword> keywords)
    {
        ValidateKeywords(keywords);
        int nelts = args.Count, nkwelts = keywords.Count;
        bool exCall = nelts + nkwelts * 2 > StackUseGuideline
            || args.Exists(a => a is Starred) || keywords.Exists(k => k.Arg is null);
        if (!exCall)
        {
            foreach (var a in args) VisitExpr(a);
            if (nkwelts > 0)
            {
                foreach (var k in keywords) VisitExpr(k.Value);
                CallSimpleKwHelper(keywords, nkwelts);
            }
            AddOpI(Op311.PRECALL, n + nelts + nkwelts);
            AddOpI(Op311.CALL, n + nelts + nkwelts);
            return;
        }

        if (n == 0 && nelts == 1 && args[0] is Starred only) VisitExpr(only.Value);
        else StarUnpackHelper(args, n, Op311.BUILD_LIST, Op311.LIST_APPEND, Op311.LIST_EXTEND, true);
        if (nkwelts > 0)
        {
            bool haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++)
            {
                var kw = keywords[i];
                if (kw.Arg is null)
                {
                    if (nseen > 0)
                    {
                        SubKwargs(keywords, i - nseen, i);
                        if (haveDict) AddOpI(Op311.DICT_MERGE, 1);
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict)
                    {
                        AddOpI(Op311.BUILD_MAP, 0);
                        haveDict = true;
                    }
                    VisitExpr(kw.Value);
                    AddOpI(Op311.DICT_MERGE, 1);
                }
                else nseen++;
            }
            if (nseen > 0)
            {
                SubKwargs(keywords, nkwelts - nseen, nkwelts);
                if (haveDict) AddOpI(Op311.DICT_MERGE, 1);
            }
        }
        AddOpI(Op311.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
    }
}
