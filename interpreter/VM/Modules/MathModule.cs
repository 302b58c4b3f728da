using System.Numerics;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Modules.ModuleSupport;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// math (Modules/mathmodule.c of 3.11): math_1/math_2's error rules (a NaN from a non-NaN is a domain
/// error, an infinity from finite input a range error where the function can overflow), exact fsum
/// (Shewchuk's msum with the half-even fix-up), vector_norm for hypot/dist, and the integer functions on
/// big ints.
/// gamma and lgamma are CPython's own Lanczos code (m_tgamma, m_lgamma); erf, erfc, expm1 and log1p are the C
/// library's, as in CPython 3.11 (see Libm).
/// </summary>
[BuiltinModule("math")]
public static class MathModule
{
    /// <summary>PyFloat_AsDouble as math's "d" converter uses it: no strings, "must be real number, not X".</summary>
    public static double AsDouble(PyObject o)
    {
        switch (o)
        {
            case PyFloat f: return f.Value;
            case PyInt i: return FloatOps.IntToDouble(i);
        }
        var m = o.Type.Lookup("__float__");
        if (m != null)
        {
            var r = Ops.CallDescriptor(m, o);
            if (r is not PyFloat rf) throw PyExc.TypeError($"{Ops.TypeName(o)}.__float__ returned non-float (type {Ops.TypeName(r)})");
            return rf.Value;
        }
        if (o.Type.Lookup("__index__") != null) return FloatOps.IntToDouble(Ops.Index(o));
        throw PyExc.TypeError($"must be real number, not {Ops.TypeName(o)}");
    }

    private static PyException Domain() => PyExc.ValueError("math domain error");
    private static PyException Range() => PyExc.OverflowError("math range error");

    private static void One(string name, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        if (kw != null && kw.Items.Length > 0) throw PyExc.TypeError($"math.{name}() takes no keyword arguments");
        if (a.Length != 1) throw PyExc.TypeError($"math.{name}() takes exactly one argument ({a.Length} given)");
    }

    // math_1: one float argument with the errno-style checks.
    private static PyBuiltinFunction F1(string name, Func<double, double> f, bool canOverflow) => Fn(name, (a, kw) =>
    {
        One(name, a, kw);
        double x = AsDouble(a[0]);
        double r = f(x);
        if (double.IsNaN(r) && !double.IsNaN(x)) throw Domain();
        if (double.IsInfinity(r) && double.IsFinite(x)) throw canOverflow ? Range() : Domain();
        return PyFloat.From(r);
    });

    private const int EDOM = 33, ERANGE = 34;

    // math_1a: the function reports errors through errno (here: the second item), checked by is_error.
    private static PyBuiltinFunction F1a(string name, Func<double, (double, int)> f) => Fn(name, (a, kw) =>
    {
        One(name, a, kw);
        var (r, errno) = f(AsDouble(a[0]));
        if (errno == EDOM) throw Domain();
        // is_error: ERANGE with a result below 1.5 in magnitude is an underflow, not an error.
        if (errno == ERANGE && Math.Abs(r) >= 1.5) throw Range();
        return PyFloat.From(r);
    });

    // math_2: two float arguments.
    private static PyBuiltinFunction F2(string name, Func<double, double, double> f) => Fn(name, (a, kw) =>
    {
        if (kw != null && kw.Items.Length > 0) throw PyExc.TypeError($"math.{name}() takes no keyword arguments");
        CheckPositional(name, a.Length, 2, 2);
        double x = AsDouble(a[0]), y = AsDouble(a[1]);
        double r = f(x, y);
        if (double.IsNaN(r)) { if (!double.IsNaN(x) && !double.IsNaN(y)) throw Domain(); }
        else if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y)) throw Range();
        return PyFloat.From(r);
    });

    public static PyModule Create()
    {
        var m = new PyModule("math");
        var d = m.Dict!;
        d.Set("__doc__", PyStr.From("This module provides access to the mathematical functions\ndefined by the C standard."));
        d.Set("pi", PyFloat.From(Math.PI));
        d.Set("e", PyFloat.From(Math.E));
        d.Set("tau", PyFloat.From(2 * Math.PI));
        d.Set("inf", PyFloat.From(double.PositiveInfinity));
        d.Set("nan", PyFloat.From(NumberMethods.PyNaN));
        d.Set("acos", F1("acos", Math.Acos, false));
        d.Set("acosh", F1("acosh", Math.Acosh, false));
        d.Set("asin", F1("asin", Math.Asin, false));
        d.Set("asinh", F1("asinh", Math.Asinh, false));
        d.Set("atan", F1("atan", Math.Atan, false));
        d.Set("atanh", F1("atanh", x => Math.Abs(x) >= 1 && !double.IsNaN(x) ? double.NaN : Math.Atanh(x), false));
        d.Set("cbrt", F1("cbrt", Math.Cbrt, false));
        d.Set("cos", F1("cos", x => double.IsInfinity(x) ? double.NaN : Math.Cos(x), false));
        d.Set("cosh", F1("cosh", Math.Cosh, true));
        d.Set("exp", F1("exp", Math.Exp, true));
        d.Set("exp2", F1("exp2", x => Math.Pow(2, x), true));
        d.Set("expm1", F1("expm1", Libm.Expm1, true));
        d.Set("erf", F1a("erf", x => (Libm.Erf(x), 0)));
        d.Set("erfc", F1a("erfc", x => (Libm.Erfc(x), 0)));
        d.Set("gamma", F1a("gamma", TGamma));
        d.Set("lgamma", F1a("lgamma", LGamma));
        d.Set("fabs", F1("fabs", Math.Abs, false));
        d.Set("log1p", F1("log1p", x => x == 0 ? x : Libm.Log1p(x), false));
        d.Set("sin", F1("sin", x => double.IsInfinity(x) ? double.NaN : Math.Sin(x), false));
        d.Set("sinh", F1("sinh", Math.Sinh, true));
        d.Set("sqrt", F1("sqrt", Math.Sqrt, false));
        d.Set("tan", F1("tan", x => double.IsInfinity(x) ? double.NaN : Math.Tan(x), false));
        d.Set("tanh", F1("tanh", Math.Tanh, false));
        d.Set("atan2", F2("atan2", Math.Atan2));
        d.Set("copysign", F2("copysign", Math.CopySign));
        d.Set("remainder", F2("remainder", Remainder));
        // math_fmod: an infinite divisor leaves a finite dividend alone.
        d.Set("fmod", F2("fmod", (x, y) => double.IsInfinity(y) && double.IsFinite(x) ? x : CFmod(x, y)));
        d.Set("degrees", Fn("degrees", (a, kw) => { One("degrees", a, kw); return PyFloat.From(AsDouble(a[0]) * (180.0 / Math.PI)); }));
        d.Set("radians", Fn("radians", (a, kw) => { One("radians", a, kw); return PyFloat.From(AsDouble(a[0]) * (Math.PI / 180.0)); }));
        d.Set("isnan", Fn("isnan", (a, kw) => { One("isnan", a, kw); return PyBool.From(double.IsNaN(AsDouble(a[0]))); }));
        d.Set("isinf", Fn("isinf", (a, kw) => { One("isinf", a, kw); return PyBool.From(double.IsInfinity(AsDouble(a[0]))); }));
        d.Set("isfinite", Fn("isfinite", (a, kw) => { One("isfinite", a, kw); return PyBool.From(double.IsFinite(AsDouble(a[0]))); }));
        d.Set("pow", Fn("pow", Pow));
        d.Set("isclose", Fn("isclose", IsClose));
        d.Set("log", Fn("log", (a, kw) =>
        {
            if (kw != null && kw.Items.Length > 0) throw PyExc.TypeError("math.log() takes no keyword arguments");
            if (a.Length is < 1 or > 2) throw PyExc.TypeError("math.log requires 1 to 2 arguments");
            double num = LogHelper(a[0], Math.Log);
            if (a.Length == 1) return PyFloat.From(num);
            double den = LogHelper(a[1], Math.Log);
            if (den == 0) throw PyExc.ZeroDivisionError("float division by zero");
            return PyFloat.From(num / den);
        }));
        d.Set("log2", Fn("log2", (a, kw) => { One("log2", a, kw); return PyFloat.From(LogHelper(a[0], Math.Log2)); }));
        d.Set("log10", Fn("log10", (a, kw) => { One("log10", a, kw); return PyFloat.From(LogHelper(a[0], Math.Log10)); }));
        d.Set("floor", Fn("floor", (a, kw) => { One("floor", a, kw); return FloorCeil(a[0], "__floor__", Math.Floor); }));
        d.Set("ceil", Fn("ceil", (a, kw) => { One("ceil", a, kw); return FloorCeil(a[0], "__ceil__", Math.Ceiling); }));
        // math_trunc
        d.Set("trunc", Fn("trunc", (a, kw) =>
        {
            One("trunc", a, kw);
            var x = a[0];
            if (x.Type == Types.Float) return NumberMethods.FloatToInt(Math.Truncate(((PyFloat)x).Value));
            var trunc = x.Type.Lookup("__trunc__");
            if (trunc == null) throw PyExc.TypeError($"type {x.Type.Name} doesn't define __trunc__ method");
            return Ops.CallDescriptor(trunc, x);
        }));
        // math_frexp / math_ldexp / math_modf
        d.Set("frexp", Fn("frexp", (a, kw) =>
        {
            One("frexp", a, kw);
            double x = AsDouble(a[0]);
            if (double.IsNaN(x) || double.IsInfinity(x) || x == 0) return PyTuple.Of(PyFloat.From(x), PyInt.From(0));
            var (mant, exp) = Frexp(x);
            return PyTuple.Of(PyFloat.From(mant), PyInt.From(exp));
        }));
        d.Set("ldexp", Fn("ldexp", (a, kw) =>
        {
            if (kw != null && kw.Items.Length > 0) throw PyExc.TypeError("math.ldexp() takes no keyword arguments");
            CheckPositional("ldexp", a.Length, 2, 2);
            double x = AsDouble(a[0]);
            if (a[1] is not PyInt ei) throw PyExc.TypeError("Expected an int as second argument to ldexp.");
            long exp = ei.IsSmall ? ei.Small : ei.Sign > 0 ? long.MaxValue : long.MinValue;
            if (x == 0 || !double.IsFinite(x)) return PyFloat.From(x);
            if (exp > int.MaxValue) throw Range();
            if (exp < int.MinValue) return PyFloat.From(Math.CopySign(0.0, x));
            double r = Math.ScaleB(x, (int)exp);
            if (double.IsInfinity(r)) throw Range();
            return PyFloat.From(r);
        }));
        d.Set("modf", Fn("modf", (a, kw) =>
        {
            One("modf", a, kw);
            double x = AsDouble(a[0]);
            if (double.IsInfinity(x)) return PyTuple.Of(PyFloat.From(Math.CopySign(0.0, x)), PyFloat.From(x));
            double ip = Math.Truncate(x);
            return PyTuple.Of(PyFloat.From(Math.CopySign(x - ip, x)), PyFloat.From(ip));
        }));
        d.Set("nextafter", Fn("nextafter", (a, kw) =>
        {
            if (kw != null && kw.Items.Length > 0) throw PyExc.TypeError("math.nextafter() takes no keyword arguments");
            CheckPositional("nextafter", a.Length, 2, 2);
            return PyFloat.From(NextAfter(AsDouble(a[0]), AsDouble(a[1])));
        }));
        // math_ulp
        d.Set("ulp", Fn("ulp", (a, kw) =>
        {
            One("ulp", a, kw);
            double x = AsDouble(a[0]);
            if (double.IsNaN(x)) return PyFloat.From(x);
            x = Math.Abs(x);
            if (double.IsInfinity(x)) return PyFloat.From(x);
            double x2 = NextAfter(x, double.PositiveInfinity);
            if (double.IsInfinity(x2)) { x2 = NextAfter(x, double.NegativeInfinity); return PyFloat.From(x - x2); }
            return PyFloat.From(x2 - x);
        }));
        d.Set("fsum", Fn("fsum", (a, kw) => { One("fsum", a, kw); return PyFloat.From(FSum(a[0])); }));
        d.Set("hypot", Fn("hypot", (a, kw) =>
        {
            if (kw != null && kw.Items.Length > 0) throw PyExc.TypeError("math.hypot() takes no keyword arguments");
            var coords = new double[a.Length];
            double max = 0; bool nan = false;
            for (int i = 0; i < a.Length; i++)
            {
                double x = Math.Abs(AsDouble(a[i]));
                coords[i] = x;
                nan |= double.IsNaN(x);
                if (x > max) max = x;
            }
            return PyFloat.From(VectorNorm(coords, max, nan));
        }));
        d.Set("dist", Fn("dist", Dist));
        d.Set("prod", Fn("prod", (a, kw) =>
        {
            var p = Unpack("prod", a, kw, new[] { "iterable", "start" }, 1, 1, 1);
            PyObject acc = p[1] ?? PyInt.From(1);
            foreach (var x in Ops.Iterate(p[0]!)) acc = Ops.BinaryOp(acc, x, NbOp.Multiply);
            return acc;
        }));
        d.Set("factorial", Fn("factorial", (a, kw) =>
        {
            One("factorial", a, kw);
            var n = Ops.Index(a[0]);
            if (!n.IsSmall) throw PyExc.OverflowError(n.Sign < 0 ? "factorial() not defined for negative values" : $"factorial() argument should not exceed {long.MaxValue}");
            if (n.Small < 0) throw PyExc.ValueError("factorial() not defined for negative values");
            return PyInt.From(Factorial(n.Small));
        }));
        d.Set("gcd", Fn("gcd", (a, kw) =>
        {
            if (kw != null && kw.Items.Length > 0) throw PyExc.TypeError("math.gcd() takes no keyword arguments");
            BigInteger g = 0;
            foreach (var x in a) g = BigInteger.GreatestCommonDivisor(g, Ops.Index(x).Value);
            return PyInt.From(g);
        }));
        d.Set("lcm", Fn("lcm", (a, kw) =>
        {
            if (kw != null && kw.Items.Length > 0) throw PyExc.TypeError("math.lcm() takes no keyword arguments");
            BigInteger l = 1;
            bool zero = false;
            foreach (var x in a)
            {
                var v = BigInteger.Abs(Ops.Index(x).Value);
                if (zero) continue;
                if (v.IsZero) { zero = true; continue; }
                l = l / BigInteger.GreatestCommonDivisor(l, v) * v;
            }
            return PyInt.From(zero ? BigInteger.Zero : l);
        }));
        d.Set("isqrt", Fn("isqrt", (a, kw) =>
        {
            One("isqrt", a, kw);
            var n = Ops.Index(a[0]).Value;
            if (n.Sign < 0) throw PyExc.ValueError("isqrt() argument must be nonnegative");
            return PyInt.From(ISqrt(n));
        }));
        // math_comb_impl / math_perm_impl
        d.Set("comb", Fn("comb", (a, kw) =>
        {
            if (kw != null && kw.Items.Length > 0) throw PyExc.TypeError("math.comb() takes no keyword arguments");
            CheckPositional("comb", a.Length, 2, 2);
            var n = Ops.Index(a[0]).Value; var k = Ops.Index(a[1]).Value;
            if (n.Sign < 0) throw PyExc.ValueError("n must be a non-negative integer");
            if (k.Sign < 0) throw PyExc.ValueError("k must be a non-negative integer");
            if (k > n) return PyInt.From(0);
            if (k > n - k) k = n - k;
            BigInteger r = 1;
            for (BigInteger i = 1; i <= k; i++) r = r * (n - k + i) / i;
            return PyInt.From(r);
        }));
        d.Set("perm", Fn("perm", (a, kw) =>
        {
            if (kw != null && kw.Items.Length > 0) throw PyExc.TypeError("math.perm() takes no keyword arguments");
            CheckPositional("perm", a.Length, 1, 2);
            var n = Ops.Index(a[0]).Value;
            if (a.Length == 1 || a[1] == None)
            {
                if (n.Sign < 0) throw PyExc.ValueError("factorial() not defined for negative values");
                return PyInt.From(Factorial((long)n));
            }
            var k = Ops.Index(a[1]).Value;
            if (n.Sign < 0) throw PyExc.ValueError("n must be a non-negative integer");
            if (k.Sign < 0) throw PyExc.ValueError("k must be a non-negative integer");
            if (k > n) return PyInt.From(0);
            BigInteger r = 1;
            for (var i = n - k + 1; i <= n; i++) r *= i;
            return PyInt.From(r);
        }));
        return m;
    }

    private static BigInteger Factorial(long n)
    {
        BigInteger r = 1;
        for (long k = 2; k <= n; k++) r *= k;
        return r;
    }

    // The floor of the square root, exactly (Newton's method from an upper bound).
    private static BigInteger ISqrt(BigInteger n)
    {
        if (n.IsZero) return 0;
        var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    private static double CFmod(double x, double y)
    {
        if (y == 0 || double.IsInfinity(x) || double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
        return (x % y);
    }

    // m_remainder: IEEE 754 remainder, halfway cases to even.
    private static double Remainder(double x, double y)
    {
        if (double.IsFinite(x) && double.IsFinite(y))
        {
            if (y == 0.0) return double.NaN;
            double absx = Math.Abs(x), absy = Math.Abs(y);
            double m = absx % absy;
            double c = absy - m;
            double r;
            if (m < c) r = m;
            else if (m > c) r = -c;
            else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
            return Math.CopySign(1.0, x) * r;
        }
        if (double.IsNaN(x)) return x;
        if (double.IsNaN(y)) return y;
        if (double.IsInfinity(x)) return double.NaN;
        return x;
    }

    // m_sinpi: sin(pi*x), accurate for x near integers; finite x only.
    private static double SinPi(double x)
    {
        double y = Math.Abs(x) % 2.0, r;
        int n = (int)Math.Round(2.0 * y, MidpointRounding.AwayFromZero);
        switch (n)
        {
            case 0: r = Math.Sin(Math.PI * y); break;
            case 1: r = Math.Cos(Math.PI * (y - 0.5)); break;
            // -sin(pi*(y-1.0)) would give -0.0 for y == 1.0.
            case 2: r = Math.Sin(Math.PI * (1.0 - y)); break;
            case 3: r = -Math.Cos(Math.PI * (y - 1.5)); break;
            default: r = Math.Sin(Math.PI * (y - 2.0)); break;
        }
        return Math.CopySign(1.0, x) * r;
    }

    // The Lanczos approximation (N=13, g=6.024680040776729583740234375) of mathmodule.c, as a rational function.
    private const double LanczosG = 6.024680040776729583740234375, LanczosGMinusHalf = 5.524680040776729583740234375;
    private const double LogPi = 1.144729885849400174143427351353058711647;
    private static readonly double[] LanczosNum =
    {
        23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };
    // x*(x+1)*...*(x+LANCZOS_N-2)
    private static readonly double[] LanczosDen =
    {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0,
        32670.0, 1925.0, 66.0, 1.0,
    };

    // lanczos_sum: for x >= 5 the rational function is evaluated in 1/x to avoid overflow.
    private static double LanczosSum(double x)
    {
        double num = 0.0, den = 0.0;
        if (x < 5.0)
            for (int i = LanczosNum.Length; --i >= 0;) { num = num * x + LanczosNum[i]; den = den * x + LanczosDen[i]; }
        else
            for (int i = 0; i < LanczosNum.Length; i++) { num = num / x + LanczosNum[i]; den = den / x + LanczosDen[i]; }
        return num / den;
    }

    // m_tgamma
    private static (double, int) TGamma(double x)
    {
        if (!double.IsFinite(x)) return double.IsNaN(x) || x > 0.0 ? (x, 0) : (double.NaN, EDOM);
        if (x == 0.0) return (Math.CopySign(double.PositiveInfinity, x), EDOM);
        if (x == Math.Floor(x))
        {
            if (x < 0.0) return (double.NaN, EDOM);
            if (x <= 23) return (GammaIntegralTable[(int)x - 1], 0);
        }
        double absx = Math.Abs(x), r;
        if (absx < 1e-20)
        {
            r = 1.0 / x;
            return (r, double.IsInfinity(r) ? ERANGE : 0);
        }
        if (absx > 200.0) return x < 0.0 ? (0.0 / SinPi(x), 0) : (double.PositiveInfinity, ERANGE);
        double y = absx + LanczosGMinusHalf, z;
        // The error in computing y, used as a correction factor below.
        if (absx > LanczosGMinusHalf) { double q = y - absx; z = q - LanczosGMinusHalf; }
        else { double q = y - LanczosGMinusHalf; z = q - absx; }
        z = z * LanczosG / y;
        if (x < 0.0)
        {
            r = -Math.PI / SinPi(absx) / absx * Math.Exp(y) / LanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) r /= Math.Pow(y, absx - 0.5);
            else { double sqrtpow = Math.Pow(y, absx / 2.0 - 0.25); r /= sqrtpow; r /= sqrtpow; }
        }
        else
        {
            r = LanczosSum(absx) / Math.Exp(y);
            r += z * r;
            if (absx < 140.0) r *= Math.Pow(y, absx - 0.5);
            else { double sqrtpow = Math.Pow(y, absx / 2.0 - 0.25); r *= sqrtpow; r *= sqrtpow; }
        }
        return (r, double.IsInfinity(r) ? ERANGE : 0);
    }

    // gamma_integral: (n-1)! for n in 1..23, as C rounds the literals.
    private static readonly double[] GammaIntegralTable =
    {
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
        6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
        121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
    };

    // m_lgamma
    private static (double, int) LGamma(double x)
    {
        if (!double.IsFinite(x)) return double.IsNaN(x) ? (x, 0) : (double.PositiveInfinity, 0);
        if (x == Math.Floor(x) && x <= 2.0) return x <= 0.0 ? (double.PositiveInfinity, EDOM) : (0.0, 0);
        double absx = Math.Abs(x);
        if (absx < 1e-20) return (-Math.Log(absx), 0);
        double r = Math.Log(LanczosSum(absx)) - LanczosG;
        r += (absx - 0.5) * (Math.Log(absx + LanczosG - 0.5) - 1);
        if (x < 0.0) r = LogPi - Math.Log(Math.Abs(SinPi(absx))) - Math.Log(absx) - r;
        return (r, double.IsInfinity(r) ? ERANGE : 0);
    }

    private static (double, int) Frexp(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int exp = (int)((bits >> 52) & 0x7FF);
        if (exp == 0)
        {
            // Subnormal: normalise first.
            x *= Math.Pow(2, 54);
            bits = BitConverter.DoubleToInt64Bits(x);
            exp = (int)((bits >> 52) & 0x7FF) - 54;
        }
        int e = exp - 1022;
        long mbits = (bits & ~(0x7FFL << 52)) | (1022L << 52);
        return (BitConverter.Int64BitsToDouble(mbits), e);
    }

    private static double NextAfter(double x, double y)
    {
        if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
        if (x == y) return y;
        if (x == 0) return Math.CopySign(double.Epsilon, y);
        return y > x ? Math.BitIncrement(x) : Math.BitDecrement(x);
    }

    // math_pow: IEEE special values handled before libm's pow.
    private static PyObject Pow(ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        if (kw != null && kw.Items.Length > 0) throw PyExc.TypeError("math.pow() takes no keyword arguments");
        CheckPositional("pow", a.Length, 2, 2);
        double x = AsDouble(a[0]), y = AsDouble(a[1]);
        double r;
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsNaN(x)) r = y == 0 ? 1.0 : x;
            else if (double.IsNaN(y)) r = x == 1.0 ? 1.0 : y;
            else if (double.IsInfinity(x))
            {
                bool oddY = double.IsFinite(y) && Math.Abs(y) % 2.0 == 1.0;
                if (y > 0) r = oddY ? x : Math.Abs(x);
                else if (y == 0) r = 1.0;
                else r = oddY ? Math.CopySign(0.0, x) : 0.0;
            }
            else
            {
                if (Math.Abs(x) == 1.0) r = 1.0;
                else if (y > 0 && Math.Abs(x) > 1.0) r = y;
                else if (y < 0 && Math.Abs(x) < 1.0) r = -y;
                else r = 0.0;
            }
            return PyFloat.From(r);
        }
        r = Math.Pow(x, y);
        if (double.IsNaN(r)) throw Domain();
        if (double.IsInfinity(r)) throw x == 0 ? Domain() : Range();
        return PyFloat.From(r);
    }

    // math_isclose_impl: isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
    private static PyObject IsClose(ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = Unpack("isclose", a, kw, new[] { "a", "b", "rel_tol", "abs_tol" }, 2, 2);
        double x = AsDouble(p[0]!), y = AsDouble(p[1]!);
        double rel = p[2] == null ? 1e-9 : AsDouble(p[2]!), abs = p[3] == null ? 0.0 : AsDouble(p[3]!);
        if (rel < 0.0 || abs < 0.0) throw PyExc.ValueError("tolerances must be non-negative");
        if (x == y) return PyBool.True;
        if (double.IsInfinity(x) || double.IsInfinity(y)) return PyBool.False;
        double diff = Math.Abs(y - x);
        return PyBool.From(diff <= Math.Abs(rel * y) || diff <= Math.Abs(rel * x) || diff <= abs);
    }

    // loghelper: ints too big for a double are split as m * 2**e first.
    private static double LogHelper(PyObject arg, Func<double, double> func)
    {
        if (arg is PyInt i)
        {
            if (i.Sign <= 0) throw Domain();
            double x = FloatOpsSafe(i);
            if (double.IsInfinity(x))
            {
                var v = i.Value;
                long bits = (long)v.GetBitLength();
                // _PyLong_Frexp: the top 53+ bits as a double in [0.5, 1), scaled by 2**bits.
                int shift = (int)Math.Max(0, bits - 64);
                double top = (double)(v >> shift);
                var (mant, e) = Frexp(top);
                return func(mant) + func(2.0) * (e + shift);
            }
            return MathLog(func, x);
        }
        return MathLog(func, AsDouble(arg));
    }

    private static double FloatOpsSafe(PyInt i)
    {
        try { return FloatOps.IntToDouble(i); }
        catch (PyException) { return double.PositiveInfinity; }
    }

    // m_log / m_log2 / m_log10: zero and negatives are domain errors, inf and nan pass through.
    private static double MathLog(Func<double, double> func, double x)
    {
        if (double.IsNaN(x)) return x;
        if (x <= 0) throw Domain();
        return func(x);
    }

    private static PyObject FloorCeil(PyObject x, string dunder, Func<double, double> f)
    {
        if (x.Type == Types.Float) return NumberMethods.FloatToInt(f(((PyFloat)x).Value));
        if (x.Type == Types.Int) return x;
        var method = x.Type.Lookup(dunder);
        if (method != null) return Ops.CallDescriptor(method, x);
        return NumberMethods.FloatToInt(f(AsDouble(x)));
    }

    // math_fsum: Shewchuk's msum; special values summed apart; the last partials rounded half-even.
    private static double FSum(PyObject iterable)
    {
        var p = new List<double>();
        double specialSum = 0.0, infSum = 0.0;
        foreach (var item in Ops.Iterate(iterable))
        {
            double x = AsDouble(item), xsave = x;
            int i = 0;
            for (int j = 0; j < p.Count; j++)
            {
                double y = p[j];
                if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                double hi = x + y, yr = hi - x, lo = y - yr;
                if (lo != 0.0) p[i++] = lo;
                x = hi;
            }
            p.RemoveRange(i, p.Count - i);
            if (x != 0.0)
            {
                if (!double.IsFinite(x))
                {
                    if (double.IsFinite(xsave)) throw PyExc.OverflowError("intermediate overflow in fsum");
                    if (double.IsInfinity(xsave)) infSum += xsave;
                    specialSum += xsave;
                    p.Clear();
                }
                else p.Add(x);
            }
        }
        if (specialSum != 0.0)
        {
            if (double.IsNaN(infSum)) throw PyExc.ValueError("-inf + inf in fsum");
            return specialSum;
        }
        double result = 0.0;
        int n = p.Count;
        if (n > 0)
        {
            double lo = 0.0;
            result = p[--n];
            while (n > 0)
            {
                double x = result, y = p[--n];
                result = x + y;
                double yr = result - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)))
            {
                double y = lo * 2.0, x = result + y, yr = x - result;
                if (y == yr) result = x;
            }
        }
        return result;
    }

    // vector_norm: scaled, with lossless squares and sums and a final differential correction.
    private static double VectorNorm(double[] vec, double max, bool foundNan)
    {
        int n = vec.Length;
        if (double.IsInfinity(max)) return max;
        if (foundNan) return double.NaN;
        if (max == 0.0 || n <= 1) return max;
        var (_, maxE) = Frexp(max);
        if (maxE < -1023)
        {
            for (int i = 0; i < n; i++) vec[i] /= 2.2250738585072014e-308;
            return 2.2250738585072014e-308 * VectorNorm(vec, max / 2.2250738585072014e-308, foundNan);
        }
        double scale = Math.ScaleB(1.0, -maxE);
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
        for (int i = 0; i < n; i++)
        {
            double x = vec[i] * scale;
            double prHi = x * x, prLo = Math.FusedMultiplyAdd(x, x, -prHi);
            double smHi = csum + prHi, smLo = prHi - (smHi - csum);
            csum = smHi;
            frac1 += prLo;
            frac2 += smLo;
        }
        double h = Math.Sqrt(csum - 1.0 + (frac1 + frac2));
        {
            double prHi = -h * h, prLo = Math.FusedMultiplyAdd(-h, h, -prHi);
            double smHi = csum + prHi, smLo = prHi - (smHi - csum);
            csum = smHi;
            frac1 += prLo;
            frac2 += smLo;
        }
        double xx = csum - 1.0 + (frac1 + frac2);
        h += xx / (2.0 * h);
        return h / scale;
    }

    // math_dist_impl: both points as tuples of the same length.
    private static PyObject Dist(ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        if (kw != null && kw.Items.Length > 0) throw PyExc.TypeError("math.dist() takes no keyword arguments");
        CheckPositional("dist", a.Length, 2, 2);
        var p = a[0] is PyTuple pt ? pt.Items : Ops.ToArray(a[0]);
        var q = a[1] is PyTuple qt ? qt.Items : Ops.ToArray(a[1]);
        if (p.Length != q.Length) throw PyExc.ValueError("both points must have the same number of dimensions");
        var diffs = new double[p.Length];
        double max = 0; bool nan = false;
        for (int i = 0; i < p.Length; i++)
        {
            double x = Math.Abs(AsDouble(p[i]) - AsDouble(q[i]));
            diffs[i] = x;
            nan |= double.IsNaN(x);
            if (x > max) max = x;
        }
        return PyFloat.From(VectorNorm(diffs, max, nan));
    }
}
