using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Modules.ModuleSupport;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// cmath (Modules/cmathmodule.c of 3.11): the C99 Annex G special-value tables, CPython's formulas for each
/// function (with the overflow-avoiding branches for large and subnormal arguments), errno mapped to
/// ValueError("math domain error") and OverflowError("math range error"). The libm calls are glibc's
/// (Math.* and <see cref="Libm"/>), as CPython's on Linux.
/// </summary>
[BuiltinModule("cmath")]
public static class CmathModule
{
    private const int EDOM = ComplexArith.EDOM, ERANGE = ComplexArith.ERANGE;
    private const double LargeDouble = double.MaxValue / 4.0;
    private static readonly double SqrtLargeDouble = Math.Sqrt(LargeDouble), LogLargeDouble = Math.Log(LargeDouble);
    private static readonly double SqrtDblMin = Math.Sqrt(2.2250738585072014e-308);
    private const double DblMin = 2.2250738585072014e-308;
    private const int ScaleUp = 2 * (53 / 2) + 1, ScaleDown = -(ScaleUp + 1) / 2;
    private const double Ln2 = 0.6931471805599453094, Ln10 = 2.302585092994045684;

    private readonly record struct C(double Re, double Im);

    // ---------------- special values ----------------

    // special_type: 0 -inf, 1 negative finite, 2 -0, 3 +0, 4 positive finite, 5 +inf, 6 nan
    private static int SpecialType(double d)
    {
        if (double.IsFinite(d))
        {
            if (d != 0) return Math.CopySign(1.0, d) == 1.0 ? 4 : 1;
            return Math.CopySign(1.0, d) == 1.0 ? 3 : 2;
        }
        if (double.IsNaN(d)) return 6;
        return Math.CopySign(1.0, d) == 1.0 ? 5 : 0;
    }

    private const double P = Math.PI, P14 = 0.25 * Math.PI, P12 = 0.5 * Math.PI, P34 = 0.75 * Math.PI;
    private const double INF = double.PositiveInfinity, U = -9.5426319407711027e33;
    private static readonly double N = NumberMethods.PyNaN;

    // Each table: 7 rows (real part's special type) of 7 (imaginary part's), as cmath_exec initializes them.
    private static C[] Table(params double[] v)
    {
        var t = new C[49];
        for (int i = 0; i < 49; i++) t[i] = new C(v[2 * i], v[2 * i + 1]);
        return t;
    }

    private static readonly C[] AcosSV = Table(
        P34, INF, P, INF, P, INF, P, -INF, P, -INF, P34, -INF, N, INF,
        P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
        P12, INF, U, U, P12, 0.0, P12, -0.0, U, U, P12, -INF, P12, N,
        P12, INF, U, U, P12, 0.0, P12, -0.0, U, U, P12, -INF, P12, N,
        P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
        P14, INF, 0.0, INF, 0.0, INF, 0.0, -INF, 0.0, -INF, P14, -INF, N, INF,
        N, INF, N, N, N, N, N, N, N, N, N, -INF, N, N);

    private static readonly C[] AcoshSV = Table(
        INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
        INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
        INF, -P12, U, U, 0.0, -P12, 0.0, P12, U, U, INF, P12, N, N,
        INF, -P12, U, U, 0.0, -P12, 0.0, P12, U, U, INF, P12, N, N,
        INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
        INF, -P14, INF, -0.0, INF, -0.0, INF, 0.0, INF, 0.0, INF, P14, INF, N,
        INF, N, N, N, N, N, N, N, N, N, INF, N, N, N);

    private static readonly C[] AsinhSV = Table(
        -INF, -P14, -INF, -0.0, -INF, -0.0, -INF, 0.0, -INF, 0.0, -INF, P14, -INF, N,
        -INF, -P12, U, U, U, U, U, U, U, U, -INF, P12, N, N,
        -INF, -P12, U, U, -0.0, -0.0, -0.0, 0.0, U, U, -INF, P12, N, N,
        INF, -P12, U, U, 0.0, -0.0, 0.0, 0.0, U, U, INF, P12, N, N,
        INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
        INF, -P14, INF, -0.0, INF, -0.0, INF, 0.0, INF, 0.0, INF, P14, INF, N,
        INF, N, N, N, N, -0.0, N, 0.0, N, N, INF, N, N, N);

    private static readonly C[] AtanhSV = Table(
        -0.0, -P12, -0.0, -P12, -0.0, -P12, -0.0, P12, -0.0, P12, -0.0, P12, -0.0, N,
        -0.0, -P12, U, U, U, U, U, U, U, U, -0.0, P12, N, N,
        -0.0, -P12, U, U, -0.0, -0.0, -0.0, 0.0, U, U, -0.0, P12, -0.0, N,
        0.0, -P12, U, U, 0.0, -0.0, 0.0, 0.0, U, U, 0.0, P12, 0.0, N,
        0.0, -P12, U, U, U, U, U, U, U, U, 0.0, P12, N, N,
        0.0, -P12, 0.0, -P12, 0.0, -P12, 0.0, P12, 0.0, P12, 0.0, P12, 0.0, N,
        0.0, -P12, N, N, N, N, N, N, N, N, 0.0, P12, N, N);

    private static readonly C[] CoshSV = Table(
        INF, N, U, U, INF, 0.0, INF, -0.0, U, U, INF, N, INF, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        N, 0.0, U, U, 1.0, 0.0, 1.0, -0.0, U, U, N, 0.0, N, 0.0,
        N, 0.0, U, U, 1.0, -0.0, 1.0, 0.0, U, U, N, 0.0, N, 0.0,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        INF, N, U, U, INF, -0.0, INF, 0.0, U, U, INF, N, INF, N,
        N, N, N, N, N, 0.0, N, 0.0, N, N, N, N, N, N);

    private static readonly C[] ExpSV = Table(
        0.0, 0.0, U, U, 0.0, -0.0, 0.0, 0.0, U, U, 0.0, 0.0, 0.0, 0.0,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        N, N, U, U, 1.0, -0.0, 1.0, 0.0, U, U, N, N, N, N,
        N, N, U, U, 1.0, -0.0, 1.0, 0.0, U, U, N, N, N, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        INF, N, U, U, INF, -0.0, INF, 0.0, U, U, INF, N, INF, N,
        N, N, N, N, N, -0.0, N, 0.0, N, N, N, N, N, N);

    private static readonly C[] LogSV = Table(
        INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
        INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
        INF, -P12, U, U, -INF, -P, -INF, P, U, U, INF, P12, N, N,
        INF, -P12, U, U, -INF, -0.0, -INF, 0.0, U, U, INF, P12, N, N,
        INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
        INF, -P14, INF, -0.0, INF, -0.0, INF, 0.0, INF, 0.0, INF, P14, INF, N,
        INF, N, N, N, N, N, N, N, N, N, INF, N, N, N);

    private static readonly C[] SinhSV = Table(
        INF, N, U, U, -INF, -0.0, -INF, 0.0, U, U, INF, N, INF, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        0.0, N, U, U, -0.0, -0.0, -0.0, 0.0, U, U, 0.0, N, 0.0, N,
        0.0, N, U, U, 0.0, -0.0, 0.0, 0.0, U, U, 0.0, N, 0.0, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        INF, N, U, U, INF, -0.0, INF, 0.0, U, U, INF, N, INF, N,
        N, N, N, N, N, -0.0, N, 0.0, N, N, N, N, N, N);

    private static readonly C[] SqrtSV = Table(
        INF, -INF, 0.0, -INF, 0.0, -INF, 0.0, INF, 0.0, INF, INF, INF, N, INF,
        INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
        INF, -INF, U, U, 0.0, -0.0, 0.0, 0.0, U, U, INF, INF, N, N,
        INF, -INF, U, U, 0.0, -0.0, 0.0, 0.0, U, U, INF, INF, N, N,
        INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
        INF, -INF, INF, -0.0, INF, -0.0, INF, 0.0, INF, 0.0, INF, INF, INF, N,
        INF, -INF, N, N, N, N, N, N, N, N, INF, INF, N, N);

    // 3.11's table: tanh(+-0 + i*inf) and tanh(+-0 + i*nan) are nan+nanj (3.12 changed them to +-0+nanj).
    private static readonly C[] TanhSV = Table(
        -1.0, 0.0, U, U, -1.0, -0.0, -1.0, 0.0, U, U, -1.0, 0.0, -1.0, 0.0,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        N, N, U, U, -0.0, -0.0, -0.0, 0.0, U, U, N, N, N, N,
        N, N, U, U, 0.0, -0.0, 0.0, 0.0, U, U, N, N, N, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        1.0, 0.0, U, U, 1.0, -0.0, 1.0, 0.0, U, U, 1.0, 0.0, 1.0, 0.0,
        N, N, N, N, N, -0.0, N, 0.0, N, N, N, N, N, N);

    private static readonly C[] RectSV = Table(
        INF, N, U, U, -INF, 0.0, -INF, -0.0, U, U, INF, N, INF, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        0.0, 0.0, U, U, -0.0, 0.0, -0.0, -0.0, U, U, 0.0, 0.0, 0.0, 0.0,
        0.0, 0.0, U, U, 0.0, -0.0, 0.0, 0.0, U, U, 0.0, 0.0, 0.0, 0.0,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        INF, N, U, U, INF, -0.0, INF, 0.0, U, U, INF, N, INF, N,
        N, N, N, N, N, 0.0, N, 0.0, N, N, N, N, N, N);

    private static C Special(C[] table, C z) => table[SpecialType(z.Re) * 7 + SpecialType(z.Im)];
    private static bool Finite(C z) => double.IsFinite(z.Re) && double.IsFinite(z.Im);
    private static C Neg(C z) => new(-z.Re, -z.Im);

    // ---------------- the functions (each returns the value and errno) ----------------

    private static (C, int) Acos(C z)
    {
        if (!Finite(z)) return (Special(AcosSV, z), 0);
        double re, im;
        if (Math.Abs(z.Re) > LargeDouble || Math.Abs(z.Im) > LargeDouble)
        {
            re = Math.Atan2(Math.Abs(z.Im), z.Re);
            im = -Math.CopySign(Math.Log(Libm.Hypot(z.Re / 2.0, z.Im / 2.0)) + Ln2 * 2.0, z.Im);
        }
        else
        {
            var s1 = Sqrt(new C(1.0 - z.Re, -z.Im)).Item1;
            var s2 = Sqrt(new C(1.0 + z.Re, z.Im)).Item1;
            re = 2.0 * Math.Atan2(s1.Re, s2.Re);
            im = Math.Asinh(s2.Re * s1.Im - s2.Im * s1.Re);
        }
        return (new C(re, im), 0);
    }

    private static (C, int) Acosh(C z)
    {
        if (!Finite(z)) return (Special(AcoshSV, z), 0);
        double re, im;
        if (Math.Abs(z.Re) > LargeDouble || Math.Abs(z.Im) > LargeDouble)
        {
            re = Math.Log(Libm.Hypot(z.Re / 2.0, z.Im / 2.0)) + Ln2 * 2.0;
            im = Math.Atan2(z.Im, z.Re);
        }
        else
        {
            var s1 = Sqrt(new C(z.Re - 1.0, z.Im)).Item1;
            var s2 = Sqrt(new C(z.Re + 1.0, z.Im)).Item1;
            re = Math.Asinh(s1.Re * s2.Re + s1.Im * s2.Im);
            im = 2.0 * Math.Atan2(s1.Im, s2.Re);
        }
        return (new C(re, im), 0);
    }

    // asin(z) = -i asinh(iz)
    private static (C, int) Asin(C z)
    {
        var (s, e) = Asinh(new C(-z.Im, z.Re));
        return (new C(s.Im, -s.Re), e);
    }

    private static (C, int) Asinh(C z)
    {
        if (!Finite(z)) return (Special(AsinhSV, z), 0);
        double re, im;
        if (Math.Abs(z.Re) > LargeDouble || Math.Abs(z.Im) > LargeDouble)
        {
            double l = Math.Log(Libm.Hypot(z.Re / 2.0, z.Im / 2.0)) + Ln2 * 2.0;
            re = z.Im >= 0.0 ? Math.CopySign(l, z.Re) : -Math.CopySign(l, -z.Re);
            im = Math.Atan2(z.Im, Math.Abs(z.Re));
        }
        else
        {
            var s1 = Sqrt(new C(1.0 + z.Im, -z.Re)).Item1;
            var s2 = Sqrt(new C(1.0 - z.Im, z.Re)).Item1;
            re = Math.Asinh(s1.Re * s2.Im - s2.Re * s1.Im);
            im = Math.Atan2(z.Im, s1.Re * s2.Re - s1.Im * s2.Im);
        }
        return (new C(re, im), 0);
    }

    // atan(z) = -i atanh(iz)
    private static (C, int) Atan(C z)
    {
        var (s, e) = Atanh(new C(-z.Im, z.Re));
        return (new C(s.Im, -s.Re), e);
    }

    private static (C, int) Atanh(C z)
    {
        if (!Finite(z)) return (Special(AtanhSV, z), 0);
        if (z.Re < 0.0)
        {
            var (r0, e0) = Atanh(Neg(z));
            return (Neg(r0), e0);
        }
        double ay = Math.Abs(z.Im);
        if (z.Re > SqrtLargeDouble || ay > SqrtLargeDouble)
        {
            double h = Libm.Hypot(z.Re / 2.0, z.Im / 2.0);
            return (new C(z.Re / 4.0 / h / h, Math.CopySign(Math.PI / 2.0, z.Im)), 0);
        }
        if (z.Re == 1.0 && ay < SqrtDblMin)
        {
            if (ay == 0.0) return (new C(INF, z.Im), EDOM);
            return (new C(-Math.Log(Math.Sqrt(ay) / Math.Sqrt(Libm.Hypot(ay, 2.0))), Math.CopySign(Math.Atan2(2.0, -ay) / 2, z.Im)), 0);
        }
        return (new C(Log1p(4.0 * z.Re / ((1 - z.Re) * (1 - z.Re) + ay * ay)) / 4.0,
            -Math.Atan2(-2.0 * z.Im, (1 - z.Re) * (1 + z.Re) - ay * ay) / 2.0), 0);
    }

    // _Py_log1p keeps the sign of a zero.
    private static double Log1p(double x) => x == 0.0 ? x : Libm.Log1p(x);

    // cos(z) = cosh(iz)
    private static (C, int) Cos(C z) => Cosh(new C(-z.Im, z.Re));

    private static (C, int) Cosh(C z)
    {
        if (!Finite(z))
        {
            C r;
            if (double.IsInfinity(z.Re) && double.IsFinite(z.Im) && z.Im != 0.0)
                r = z.Re > 0
                    ? new C(Math.CopySign(INF, Math.Cos(z.Im)), Math.CopySign(INF, Math.Sin(z.Im)))
                    : new C(Math.CopySign(INF, Math.Cos(z.Im)), -Math.CopySign(INF, Math.Sin(z.Im)));
            else r = Special(CoshSV, z);
            return (r, double.IsInfinity(z.Im) && !double.IsNaN(z.Re) ? EDOM : 0);
        }
        double re, im;
        if (Math.Abs(z.Re) > LogLargeDouble)
        {
            double xm1 = z.Re - Math.CopySign(1.0, z.Re);
            re = Math.Cos(z.Im) * Math.Cosh(xm1) * Math.E;
            im = Math.Sin(z.Im) * Math.Sinh(xm1) * Math.E;
        }
        else
        {
            re = Math.Cos(z.Im) * Math.Cosh(z.Re);
            im = Math.Sin(z.Im) * Math.Sinh(z.Re);
        }
        return (new C(re, im), double.IsInfinity(re) || double.IsInfinity(im) ? ERANGE : 0);
    }

    private static (C, int) Exp(C z)
    {
        if (!Finite(z))
        {
            C r;
            if (double.IsInfinity(z.Re) && double.IsFinite(z.Im) && z.Im != 0.0)
                r = z.Re > 0
                    ? new C(Math.CopySign(INF, Math.Cos(z.Im)), Math.CopySign(INF, Math.Sin(z.Im)))
                    : new C(Math.CopySign(0.0, Math.Cos(z.Im)), Math.CopySign(0.0, Math.Sin(z.Im)));
            else r = Special(ExpSV, z);
            bool edom = double.IsInfinity(z.Im) && (double.IsFinite(z.Re) || (double.IsInfinity(z.Re) && z.Re > 0));
            return (r, edom ? EDOM : 0);
        }
        double re, im;
        if (z.Re > LogLargeDouble)
        {
            double l = Math.Exp(z.Re - 1.0);
            re = l * Math.Cos(z.Im) * Math.E;
            im = l * Math.Sin(z.Im) * Math.E;
        }
        else
        {
            double l = Math.Exp(z.Re);
            re = l * Math.Cos(z.Im);
            im = l * Math.Sin(z.Im);
        }
        return (new C(re, im), double.IsInfinity(re) || double.IsInfinity(im) ? ERANGE : 0);
    }

    // c_log
    private static (C, int) Log(C z)
    {
        if (!Finite(z)) return (Special(LogSV, z), 0);
        double ax = Math.Abs(z.Re), ay = Math.Abs(z.Im), re;
        if (ax > LargeDouble || ay > LargeDouble) re = Math.Log(Libm.Hypot(ax / 2.0, ay / 2.0)) + Ln2;
        else if (ax < DblMin && ay < DblMin)
        {
            if (ax > 0.0 || ay > 0.0)
                re = Math.Log(Libm.Hypot(Math.ScaleB(ax, 53), Math.ScaleB(ay, 53))) - 53 * Ln2;
            else return (new C(-INF, Math.Atan2(z.Im, z.Re)), EDOM);
        }
        else
        {
            double h = Libm.Hypot(ax, ay);
            if (0.71 <= h && h <= 1.73)
            {
                double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
                re = Log1p((am - 1) * (am + 1) + an * an) / 2.0;
            }
            else re = Math.Log(h);
        }
        return (new C(re, Math.Atan2(z.Im, z.Re)), 0);
    }

    private static (C, int) Log10(C z)
    {
        var (r, e) = Log(z);
        return (new C(r.Re / Ln10, r.Im / Ln10), e);
    }

    // sin(z) = -i sinh(iz)
    private static (C, int) Sin(C z)
    {
        var (s, e) = Sinh(new C(-z.Im, z.Re));
        return (new C(s.Im, -s.Re), e);
    }

    private static (C, int) Sinh(C z)
    {
        if (!Finite(z))
        {
            C r;
            if (double.IsInfinity(z.Re) && double.IsFinite(z.Im) && z.Im != 0.0)
                r = z.Re > 0
                    ? new C(Math.CopySign(INF, Math.Cos(z.Im)), Math.CopySign(INF, Math.Sin(z.Im)))
                    : new C(-Math.CopySign(INF, Math.Cos(z.Im)), Math.CopySign(INF, Math.Sin(z.Im)));
            else r = Special(SinhSV, z);
            return (r, double.IsInfinity(z.Im) && !double.IsNaN(z.Re) ? EDOM : 0);
        }
        double re, im;
        if (Math.Abs(z.Re) > LogLargeDouble)
        {
            double xm1 = z.Re - Math.CopySign(1.0, z.Re);
            re = Math.Cos(z.Im) * Math.Sinh(xm1) * Math.E;
            im = Math.Sin(z.Im) * Math.Cosh(xm1) * Math.E;
        }
        else
        {
            re = Math.Cos(z.Im) * Math.Sinh(z.Re);
            im = Math.Sin(z.Im) * Math.Cosh(z.Re);
        }
        return (new C(re, im), double.IsInfinity(re) || double.IsInfinity(im) ? ERANGE : 0);
    }

    private static (C, int) Sqrt(C z)
    {
        if (!Finite(z)) return (Special(SqrtSV, z), 0);
        if (z.Re == 0.0 && z.Im == 0.0) return (new C(0.0, z.Im), 0);
        double ax = Math.Abs(z.Re), ay = Math.Abs(z.Im), s;
        if (ax < DblMin && ay < DblMin)
        {
            // hypot(ax, ay) may be subnormal: scale up first.
            ax = Math.ScaleB(ax, ScaleUp);
            s = Math.ScaleB(Math.Sqrt(ax + Libm.Hypot(ax, Math.ScaleB(ay, ScaleUp))), ScaleDown);
        }
        else
        {
            ax /= 8.0;
            s = 2.0 * Math.Sqrt(ax + Libm.Hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        return (z.Re >= 0.0 ? new C(s, Math.CopySign(d, z.Im)) : new C(d, Math.CopySign(s, z.Im)), 0);
    }

    // tan(z) = -i tanh(iz)
    private static (C, int) Tan(C z)
    {
        var (s, e) = Tanh(new C(-z.Im, z.Re));
        return (new C(s.Im, -s.Re), e);
    }

    private static (C, int) Tanh(C z)
    {
        if (!Finite(z))
        {
            C r;
            if (double.IsInfinity(z.Re) && double.IsFinite(z.Im) && z.Im != 0.0)
                r = new C(z.Re > 0 ? 1.0 : -1.0, Math.CopySign(0.0, 2.0 * Math.Sin(z.Im) * Math.Cos(z.Im)));
            else r = Special(TanhSV, z);
            return (r, double.IsInfinity(z.Im) && double.IsFinite(z.Re) ? EDOM : 0);
        }
        if (Math.Abs(z.Re) > LogLargeDouble)
            return (new C(Math.CopySign(1.0, z.Re), 4.0 * Math.Sin(z.Im) * Math.Cos(z.Im) * Math.Exp(-2.0 * Math.Abs(z.Re))), 0);
        double tx = Math.Tanh(z.Re), ty = Math.Tan(z.Im), cx = 1.0 / Math.Cosh(z.Re);
        double txty = tx * ty, denom = 1.0 + txty * txty;
        return (new C(tx * (1.0 + ty * ty) / denom, ty / denom * cx * cx), 0);
    }

    // ---------------- argument handling ----------------

    /// <summary>PyComplex_AsCComplex: complex, __complex__, else PyFloat_AsDouble's rules.</summary>
    private static C AsComplex(PyObject o)
    {
        if (o is PyComplex c) return new C(c.Real, c.Imag);
        var m = o.Type.Lookup("__complex__");
        if (m != null)
        {
            var r = Ops.CallDescriptor(m, o);
            if (r is not PyComplex rc) throw PyExc.TypeError($"__complex__ returned non-complex (type {Ops.TypeName(r)})");
            return new C(rc.Real, rc.Imag);
        }
        return new C(MathModule.AsDouble(o), 0.0);
    }

    private static PyException MathError(int errno) =>
        errno == EDOM ? PyExc.ValueError("math domain error") : PyExc.OverflowError("math range error");

    // The Py_complex_protected converters: one argument, errno checked after the call.
    private static PyBuiltinFunction F(string name, Func<C, (C, int)> f) => Fn(name, (a, kw) =>
    {
        NoKw("cmath." + name, kw);
        if (a.Length != 1) throw PyExc.TypeError($"cmath.{name}() takes exactly one argument ({a.Length} given)");
        var (r, errno) = f(AsComplex(a[0]));
        if (errno != 0) throw MathError(errno);
        return new PyComplex(r.Re, r.Im);
    });

    private static C One(string name, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        NoKw("cmath." + name, kw);
        if (a.Length != 1) throw PyExc.TypeError($"cmath.{name}() takes exactly one argument ({a.Length} given)");
        return AsComplex(a[0]);
    }

    public static PyModule Create()
    {
        var m = new PyModule("cmath");
        var d = m.Dict!;
        d.Set("__doc__", PyStr.From("This module provides access to mathematical functions for complex\nnumbers."));
        d.Set("pi", PyFloat.From(Math.PI));
        d.Set("e", PyFloat.From(Math.E));
        d.Set("tau", PyFloat.From(2 * Math.PI));
        d.Set("inf", PyFloat.From(INF));
        d.Set("infj", new PyComplex(0.0, INF));
        d.Set("nan", PyFloat.From(N));
        d.Set("nanj", new PyComplex(0.0, N));
        d.Set("acos", F("acos", Acos));
        d.Set("acosh", F("acosh", Acosh));
        d.Set("asin", F("asin", Asin));
        d.Set("asinh", F("asinh", Asinh));
        d.Set("atan", F("atan", Atan));
        d.Set("atanh", F("atanh", Atanh));
        d.Set("cos", F("cos", Cos));
        d.Set("cosh", F("cosh", Cosh));
        d.Set("exp", F("exp", Exp));
        d.Set("log10", F("log10", Log10));
        d.Set("sin", F("sin", Sin));
        d.Set("sinh", F("sinh", Sinh));
        d.Set("sqrt", F("sqrt", Sqrt));
        d.Set("tan", F("tan", Tan));
        d.Set("tanh", F("tanh", Tanh));
        // cmath_log_impl: log(z[, base]); the quotient of two logs by _Py_c_quot.
        d.Set("log", Fn("log", (a, kw) =>
        {
            NoKw("log", kw);
            CheckPositional("log", a.Length, 1, 2);
            var (x, errno) = Log(AsComplex(a[0]));
            if (a.Length == 2)
            {
                var (y, e2) = Log(AsComplex(a[1]));
                // c_log clears errno on success, so only the base's log and the division count.
                errno = e2;
                var (qr, qi, e3) = ComplexArith.Quot(x.Re, x.Im, y.Re, y.Im);
                if (e3 != 0) errno = e3;
                x = new C(qr, qi);
            }
            if (errno != 0) throw MathError(errno);
            return new PyComplex(x.Re, x.Im);
        }));
        // cmath_phase_impl: errno is read after atan2 (glibc sets ERANGE when the result underflows).
        d.Set("phase", Fn("phase", (a, kw) =>
        {
            var z = One("phase", a, kw);
            int errno = 0;
            double phi = Libm.Atan2(z.Im, z.Re, ref errno);
            if (errno != 0) throw MathError(errno);
            return PyFloat.From(phi);
        }));
        d.Set("polar", Fn("polar", (a, kw) =>
        {
            var z = One("polar", a, kw);
            double phi = Math.Atan2(z.Im, z.Re);
            var (r, errno) = ComplexArith.Abs(z.Re, z.Im);
            if (errno != 0) throw MathError(errno);
            return PyTuple.Of(PyFloat.From(r), PyFloat.From(phi));
        }));
        d.Set("rect", Fn("rect", (a, kw) =>
        {
            NoKw("rect", kw);
            CheckPositional("rect", a.Length, 2, 2);
            return Rect(MathModule.AsDouble(a[0]), MathModule.AsDouble(a[1]));
        }));
        d.Set("isfinite", Fn("isfinite", (a, kw) => { var z = One("isfinite", a, kw); return PyBool.From(Finite(z)); }));
        d.Set("isnan", Fn("isnan", (a, kw) => { var z = One("isnan", a, kw); return PyBool.From(double.IsNaN(z.Re) || double.IsNaN(z.Im)); }));
        d.Set("isinf", Fn("isinf", (a, kw) => { var z = One("isinf", a, kw); return PyBool.From(double.IsInfinity(z.Re) || double.IsInfinity(z.Im)); }));
        d.Set("isclose", Fn("isclose", IsClose));
        return m;
    }

    // cmath_rect_impl
    private static PyObject Rect(double r, double phi)
    {
        C z;
        int errno = 0;
        if (!double.IsFinite(r) || !double.IsFinite(phi))
        {
            if (double.IsInfinity(r) && double.IsFinite(phi) && phi != 0.0)
                z = r > 0
                    ? new C(Math.CopySign(INF, Math.Cos(phi)), Math.CopySign(INF, Math.Sin(phi)))
                    : new C(-Math.CopySign(INF, Math.Cos(phi)), -Math.CopySign(INF, Math.Sin(phi)));
            else z = Special(RectSV, new C(r, phi));
            if (r != 0.0 && !double.IsNaN(r) && double.IsInfinity(phi)) errno = EDOM;
        }
        // bpo-18513: phi == 0 gives r * phi for the imaginary part, keeping its sign.
        else if (phi == 0.0) z = new C(r, r * phi);
        else z = new C(r * Math.Cos(phi), r * Math.Sin(phi));
        if (errno != 0) throw MathError(errno);
        return new PyComplex(z.Re, z.Im);
    }

    // cmath_isclose_impl(a, b, *, rel_tol=1e-09, abs_tol=0.0)
    private static PyObject IsClose(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var p = Unpack("isclose", args, kw, new[] { "a", "b", "rel_tol", "abs_tol" }, 2, 2);
        var a = AsComplex(p[0]!);
        var b = AsComplex(p[1]!);
        double rel = p[2] == null ? 1e-9 : MathModule.AsDouble(p[2]!), abs = p[3] == null ? 0.0 : MathModule.AsDouble(p[3]!);
        if (rel < 0.0 || abs < 0.0) throw PyExc.ValueError("tolerances must be non-negative");
        if (a.Re == b.Re && a.Im == b.Im) return PyBool.True;
        if (double.IsInfinity(a.Re) || double.IsInfinity(a.Im) || double.IsInfinity(b.Re) || double.IsInfinity(b.Im)) return PyBool.False;
        double diff = ComplexArith.Abs(a.Re - b.Re, a.Im - b.Im).Abs;
        return PyBool.From(diff <= rel * ComplexArith.Abs(b.Re, b.Im).Abs || diff <= rel * ComplexArith.Abs(a.Re, a.Im).Abs || diff <= abs);
    }
}
