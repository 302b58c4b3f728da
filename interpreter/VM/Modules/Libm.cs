using System.Runtime.InteropServices;

namespace Pyref.VM.Modules;

/// <summary>
/// The C library functions math and cmath call that .NET's Math does not expose (erf, erfc, expm1, log1p,
/// hypot). On Linux they come from glibc's libm, the library CPython itself links, so results are the same to
/// the last bit (Math.Exp, Log, Pow, Sin, Atan2... already call that libm). Elsewhere a managed fallback
/// is used.
/// </summary>
internal static class Libm
{
    private const string Lib = "libm.so.6";
    private static readonly bool Native = OperatingSystem.IsLinux() && Probe();

    private static bool Probe()
    {
        try { return NativeErf(0.0) == 0.0; }
        catch (DllNotFoundException) { return false; }
        catch (EntryPointNotFoundException) { return false; }
    }

    [DllImport(Lib, EntryPoint = "erf")] private static extern double NativeErf(double x);
    [DllImport(Lib, EntryPoint = "erfc")] private static extern double NativeErfc(double x);
    [DllImport(Lib, EntryPoint = "expm1")] private static extern double NativeExpm1(double x);
    [DllImport(Lib, EntryPoint = "log1p")] private static extern double NativeLog1p(double x);
    [DllImport(Lib, EntryPoint = "hypot")] private static extern double NativeHypot(double x, double y);

    [DllImport(Lib, EntryPoint = "cos", SetLastError = true)] private static extern double ErrCos(double x);
    [DllImport(Lib, EntryPoint = "sin", SetLastError = true)] private static extern double ErrSin(double x);
    [DllImport(Lib, EntryPoint = "exp", SetLastError = true)] private static extern double ErrExp(double x);
    [DllImport(Lib, EntryPoint = "log", SetLastError = true)] private static extern double ErrLog(double x);
    [DllImport(Lib, EntryPoint = "pow", SetLastError = true)] private static extern double ErrPow(double x, double y);
    [DllImport(Lib, EntryPoint = "atan2", SetLastError = true)] private static extern double ErrAtan2(double y, double x);
    [DllImport(Lib, EntryPoint = "hypot", SetLastError = true)] private static extern double ErrHypot(double x, double y);

    /// <summary>
    /// The C functions with errno, for the few places where CPython reads errno after a libm call it made
    /// (cmath.phase after atan2, _Py_c_pow). glibc only ever sets errno, so a C caller that cleared it sees the
    /// last error of the sequence: <paramref name="errno"/> keeps the last nonzero one.
    /// Off Linux the errors are inferred (an infinite argument to cos/sin, an infinite or zero result of
    /// finite arguments).
    /// </summary>
    public static double Cos(double x, ref int errno) => Native ? Track(ErrCos(x), ref errno) : Infer(Math.Cos(x), double.IsInfinity(x), ref errno);
    public static double Sin(double x, ref int errno) => Native ? Track(ErrSin(x), ref errno) : Infer(Math.Sin(x), double.IsInfinity(x), ref errno);
    public static double Exp(double x, ref int errno) => Native ? Track(ErrExp(x), ref errno) : Range(Math.Exp(x), double.IsFinite(x), ref errno);
    public static double Log(double x, ref int errno) => Native ? Track(ErrLog(x), ref errno) : Infer(Math.Log(x), x < 0, ref errno);
    public static double Pow(double x, double y, ref int errno) => Native ? Track(ErrPow(x, y), ref errno) : Range(Math.Pow(x, y), double.IsFinite(x) && double.IsFinite(y) && x != 0, ref errno);
    public static double Atan2(double y, double x, ref int errno) => Native ? Track(ErrAtan2(y, x), ref errno) : Math.Atan2(y, x);
    public static double Hypot(double x, double y, ref int errno) => Native ? Track(ErrHypot(x, y), ref errno) : Range(double.Hypot(x, y), double.IsFinite(x) && double.IsFinite(y), ref errno);

    private static double Track(double r, ref int errno)
    {
        int e = Marshal.GetLastPInvokeError();
        if (e != 0) errno = e;
        return r;
    }

    private static double Infer(double r, bool domain, ref int errno)
    {
        if (domain) errno = 33;
        return r;
    }

    private static double Range(double r, bool finiteArgs, ref int errno)
    {
        if (finiteArgs && (double.IsInfinity(r) || r == 0.0)) errno = 34;
        return r;
    }

    // DEVIATION(CPython): off Linux the fallbacks below may differ from the platform libm in the last bit.
    public static double Erf(double x) => Native ? NativeErf(x) : ErfFallback(x);
    public static double Erfc(double x) => Native ? NativeErfc(x) : ErfcFallback(x);
    public static double Expm1(double x) => Native ? NativeExpm1(x) : Expm1Fallback(x);
    public static double Log1p(double x) => Native ? NativeLog1p(x) : Log1pFallback(x);
    public static double Hypot(double x, double y) => Native ? NativeHypot(x, y) : double.Hypot(x, y);

    // Modules/mathmodule.c of 3.10 (used there when libm had no erf): m_erf_series, m_erfc_contfrac, m_erf, m_erfc.
    private const double ErfSeriesCutoff = 1.5, ErfcContfracCutoff = 30.0;
    private const int ErfSeriesTerms = 25, ErfcContfracTerms = 50;
    private const double SqrtPi = 1.772453850905516027298167483341145182798;

    private static double ErfSeries(double x)
    {
        double x2 = x * x, acc = 0.0, fk = ErfSeriesTerms + 0.5;
        for (int i = 0; i < ErfSeriesTerms; i++) { acc = 2.0 + x2 * acc / fk; fk -= 1.0; }
        return acc * x * Math.Exp(-x2) / SqrtPi;
    }

    private static double ErfcContfrac(double x)
    {
        if (x >= ErfcContfracCutoff) return 0.0;
        double x2 = x * x, a = 0.0, da = 0.5, p = 1.0, pLast = 0.0, q = da + x2, qLast = 1.0;
        for (int i = 0; i < ErfcContfracTerms; i++)
        {
            a += da;
            da += 2.0;
            double b = da + x2;
            (p, pLast) = (b * p - a * pLast, p);
            (q, qLast) = (b * q - a * qLast, q);
        }
        return p / q * x * Math.Exp(-x2) / SqrtPi;
    }

    private static double ErfFallback(double x)
    {
        if (double.IsNaN(x)) return x;
        double absx = Math.Abs(x);
        if (absx < ErfSeriesCutoff) return ErfSeries(x);
        double cf = ErfcContfrac(absx);
        return x > 0.0 ? 1.0 - cf : cf - 1.0;
    }

    private static double ErfcFallback(double x)
    {
        if (double.IsNaN(x)) return x;
        double absx = Math.Abs(x);
        if (absx < ErfSeriesCutoff) return 1.0 - ErfSeries(x);
        double cf = ErfcContfrac(absx);
        return x > 0.0 ? cf : 2.0 - cf;
    }

    private static double Expm1Fallback(double x)
    {
        if (Math.Abs(x) >= 0.7) return Math.Exp(x) - 1.0;
        double u = Math.Exp(x);
        if (u == 1.0) return x;
        double um1 = u - 1.0;
        if (um1 == -1.0) return -1.0;
        return um1 * x / Math.Log(u);
    }

    private static double Log1pFallback(double x)
    {
        if (x <= -1.0) return x == -1.0 ? double.NegativeInfinity : double.NaN;
        double y = 1.0 + x;
        if (y == 1.0) return x;
        return Math.Log(y) * (x / (y - 1.0));
    }
}
