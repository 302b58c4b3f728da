using Pyref.Parser.Ast;
using Pyref.Tokenizer;
using static Pyref.Tokenizer.TokenType;

namespace Pyref.Parser;

/// <summary>
/// python.gram's parameter rules: params/parameters for def, lambda_params/lambda_parameters for lambda.
/// The two families differ only in the parameter form (annotations) and the closing token, so one set
/// of methods serves both, switched by <c>lam</c>.
/// </summary>
internal sealed partial class PegParser
{
    private sealed record StarEtc(Arg? Vararg, List<(Arg Arg, ExprNode? Default)> KwOnly, Arg? Kwarg);

    // python.gram: params: invalid_parameters | parameters
    private Arguments? Params()
    {
        Enter();
        try
        {
            int start = _mark;
            if (_callInvalidRules) { InvalidParameters(); _mark = start; }
            return Parameters(false);
        }
        finally { Leave(); }
    }

    // python.gram: lambda_params: invalid_lambda_parameters | lambda_parameters
    private Arguments? LambdaParams()
    {
        Enter();
        try
        {
            int start = _mark;
            if (_callInvalidRules) { InvalidLambdaParameters(); _mark = start; }
            return Parameters(true);
        }
        finally { Leave(); }
    }

    // python.gram: parameters / lambda_parameters
    private Arguments? Parameters(bool lam)
    {
        int start = _mark;
        // slash_no_default param_no_default* param_with_default* [star_etc]
        var slashNo = SlashNoDefault(lam);
        if (slashNo is not null)
        {
            var b = Many(() => ParamNoDefault(lam));
            var c = Many(() => ParamWithDefault(lam));
            var d = OptionalStarEtc(lam);
            return MakeArguments(slashNo, null, b, c, d);
        }
        _mark = start;
        var slashWith = SlashWithDefault(lam);
        if (slashWith is not null)
        {
            var b = Many(() => ParamWithDefault(lam));
            var d = OptionalStarEtc(lam);
            return MakeArguments(null, slashWith, null, b, d);
        }
        _mark = start;
        var plain = Many(() => ParamNoDefault(lam));
        if (plain.Count > 0)
        {
            var b = Many(() => ParamWithDefault(lam));
            var d = OptionalStarEtc(lam);
            return MakeArguments(null, null, plain, b, d);
        }
        _mark = start;
        var withDefault = Many(() => ParamWithDefault(lam));
        if (withDefault.Count > 0)
        {
            var d = OptionalStarEtc(lam);
            return MakeArguments(null, null, null, withDefault, d);
        }
        _mark = start;
        var se = StarEtcRule(lam);
        if (se is not null) return MakeArguments(null, null, null, null, se);
        _mark = start;
        return null;
    }

    private StarEtc? OptionalStarEtc(bool lam)
    {
        int m = _mark;
        var s = StarEtcRule(lam);
        if (s is null) _mark = m;
        return s;
    }

    private List<T> Many<T>(Func<T?> rule) where T : class
    {
        var list = new List<T>();
        while (true)
        {
            int m = _mark;
            var x = rule();
            if (x is null) { _mark = m; break; }
            list.Add(x);
        }
        return list;
    }

    /// <summary>action_helpers.c _PyPegen_make_arguments.</summary>
    private static Arguments MakeArguments(List<Arg>? slashWithoutDefault, (List<Arg> Plain, List<(Arg, ExprNode)> WithDefault)? slashWithDefault,
        List<Arg>? plainNames, List<ArgDefault>? namesWithDefault, StarEtc? starEtc)
    {
        var posonly = new List<Arg>();
        var defaults = new List<ExprNode>();
        if (slashWithoutDefault is not null) posonly.AddRange(slashWithoutDefault);
        else if (slashWithDefault is not null)
        {
            posonly.AddRange(slashWithDefault.Value.Plain);
            foreach (var (a, _) in slashWithDefault.Value.WithDefault) posonly.Add(a);
        }
        var args = new List<Arg>();
        if (plainNames is not null) args.AddRange(plainNames);
        if (namesWithDefault is not null) foreach (var (a, _) in namesWithDefault) args.Add(a);
        if (slashWithDefault is not null) foreach (var (_, d) in slashWithDefault.Value.WithDefault) defaults.Add(d);
        if (namesWithDefault is not null) foreach (var (_, d) in namesWithDefault) defaults.Add(d);
        var kwonly = new List<Arg>();
        var kwDefaults = new List<ExprNode>();
        if (starEtc is not null)
            foreach (var (a, d) in starEtc.KwOnly) { kwonly.Add(a); kwDefaults.Add(d!); }
        return new Arguments(posonly, args, starEtc?.Vararg, kwonly, kwDefaults, starEtc?.Kwarg, defaults);
    }

    private bool AtParamsEnd(bool lam) => lam ? Check(COLON) : Check(RPAR);

    // python.gram: param / lambda_param
    private Arg? Param(bool lam, bool starAnnotation = false)
    {
        int start = _mark;
        var n = NameToken();
        if (n is null) return null;
        ExprNode? annotation = null;
        if (!lam)
        {
            int m = _mark;
            if (Accept(COLON))
            {
                annotation = starAnnotation ? StarExpression() : Expression();
                if (annotation is null) { _mark = starAnnotation ? start : m; if (starAnnotation) return null; }
            }
            else if (starAnnotation) { _mark = start; return null; }
        }
        return new Arg(Identifier(n.Value.Text), annotation, null, Extra(start));
    }

    /// <summary>Consumes `','` or checks `&')'` after a parameter, with the optional TYPE_COMMENT of def parameters.</summary>
    private bool ParamEnd(bool lam, ref Arg a)
    {
        if (Accept(COMMA))
        {
            if (!lam && Check(TYPE_COMMENT)) a = WithTypeComment(a, Cur.Text, _mark++);
            return true;
        }
        if (!lam && Check(TYPE_COMMENT) && CheckAt(1, RPAR)) { a = WithTypeComment(a, Cur.Text, _mark++); return true; }
        return AtParamsEnd(lam);
    }

    private Arg WithTypeComment(Arg a, string tc, int mark)
    {
        var c = (Arg)a.ShallowClone();
        c.TypeComment = NewTypeComment(tc, mark);
        return c;
    }

    // python.gram: param_no_default / lambda_param_no_default
    private Arg? ParamNoDefault(bool lam)
    {
        int start = _mark;
        var a = Param(lam);
        if (a is null) return null;
        if (ParamEnd(lam, ref a)) return a;
        _mark = start;
        return null;
    }

    // python.gram: param_no_default_star_annotation
    private Arg? ParamNoDefaultStarAnnotation()
    {
        int start = _mark;
        var a = Param(false, starAnnotation: true);
        if (a is null) return null;
        if (ParamEnd(false, ref a)) return a;
        _mark = start;
        return null;
    }

    private sealed record ArgDefault(Arg Arg, ExprNode? Default);

    // python.gram: param_with_default / lambda_param_with_default
    private ArgDefault? ParamWithDefault(bool lam)
    {
        int start = _mark;
        var a = Param(lam);
        if (a is null) return null;
        var d = Default();
        if (d is null) { _mark = start; return null; }
        if (ParamEnd(lam, ref a)) return new ArgDefault(a, d);
        _mark = start;
        return null;
    }

    // python.gram: param_maybe_default / lambda_param_maybe_default
    private ArgDefault? ParamMaybeDefault(bool lam)
    {
        int start = _mark;
        var a = Param(lam);
        if (a is null) return null;
        int m = _mark;
        var d = Default();
        if (d is null) _mark = m;
        if (ParamEnd(lam, ref a)) return new ArgDefault(a, d);
        _mark = start;
        return null;
    }

    // python.gram: default: '=' expression | invalid_default
    private ExprNode? Default()
    {
        int start = _mark;
        if (Accept(EQUAL))
        {
            var e = Expression();
            if (e is not null) return e;
        }
        _mark = start;
        if (_callInvalidRules) { InvalidDefault(); _mark = start; }
        return null;
    }

    // python.gram: slash_no_default
    private List<Arg>? SlashNoDefault(bool lam)
    {
        int start = _mark;
        var a = Many(() => ParamNoDefault(lam));
        if (a.Count == 0) return null;
        if (Accept(SLASH))
        {
            if (Accept(COMMA) || AtParamsEnd(lam)) return a;
        }
        _mark = start;
        return null;
    }

    // python.gram: slash_with_default
    private (List<Arg> Plain, List<(Arg, ExprNode)> WithDefault)? SlashWithDefault(bool lam)
    {
        int start = _mark;
        var a = Many(() => ParamNoDefault(lam));
        var b = Many(() => ParamWithDefault(lam));
        if (b.Count == 0) { _mark = start; return null; }
        if (Accept(SLASH))
        {
            if (Accept(COMMA) || AtParamsEnd(lam)) return (a, b.ConvertAll(x => (x.Arg, x.Default!)));
        }
        _mark = start;
        return null;
    }

    // python.gram: star_etc / lambda_star_etc
    private StarEtc? StarEtcRule(bool lam)
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            if (lam) InvalidLambdaStarEtc(); else InvalidStarEtc();
            _mark = start;
        }
        if (Accept(STAR))
        {
            int m = _mark;
            var a = ParamNoDefault(lam);
            if (a is null && !lam) { _mark = m; a = ParamNoDefaultStarAnnotation(); }
            if (a is not null)
            {
                var b = Many(() => ParamMaybeDefault(lam));
                var c = OptionalKwds(lam);
                return new StarEtc(a, b.ConvertAll(x => (x.Arg, x.Default)), c);
            }
            _mark = m;
            if (Accept(COMMA))
            {
                var b = Many(() => ParamMaybeDefault(lam));
                if (b.Count > 0)
                {
                    var c = OptionalKwds(lam);
                    return new StarEtc(null, b.ConvertAll(x => (x.Arg, x.Default)), c);
                }
            }
            _mark = start;
        }
        var k = Kwds(lam);
        if (k is not null) return new StarEtc(null, new(), k);
        _mark = start;
        return null;
    }

    private Arg? OptionalKwds(bool lam)
    {
        int m = _mark;
        var k = Kwds(lam);
        if (k is null) _mark = m;
        return k;
    }

    // python.gram: kwds: invalid_kwds | '**' param_no_default
    private Arg? Kwds(bool lam)
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            if (lam) InvalidLambdaKwds(); else InvalidKwds();
            _mark = start;
        }
        if (!Accept(DOUBLESTAR)) return null;
        var a = ParamNoDefault(lam);
        if (a is null) _mark = start;
        return a;
    }
}
