using System.Text;
using Conformance.Harness.Model;
using Pyref;

namespace Conformance.Harness.Implementations;

/// <summary>
/// Runs the reference's static stages over a sample program before the first case, untimed. CPython's
/// tokenizer and parser are machine code before the worker reads its first request (and the worker has
/// imported tokenize and ast); the reference's are compiled by the JIT on first use, then again, optimized,
/// once they have run often. Without this the first cases of every run pay for that start-up, which is
/// the runtime's and not the stage's. The sample uses most of the grammar so most rules are compiled.
/// </summary>
internal static class ReferenceWarmUp
{
    /// <summary>Passes over the sample: tiered compilation promotes a method after 30 calls.</summary>
    private const int Passes = 40;

    public static void Run(PythonVersion target, IEnumerable<Stage> stages, string clock)
    {
        var source = Encoding.UTF8.GetBytes(Sample);
        var run = stages.Where(s => s.IsStatic()).Distinct().ToList();
        if (run.Count == 0) return;
        var deadline = DateTime.UtcNow + MaxWait;
        // Rounds of passes, each followed by a wait for the background compilations they queued: a method is
        // optimized in steps (tier 0, instrumented, tier 1), each after its own count of calls.
        for (var round = 0; round < Rounds && DateTime.UtcNow < deadline; round++)
        {
            var thread = new Thread(() =>
            {
                for (var i = 0; i < Passes; i++)
                    foreach (var stage in run)
                        ReferenceImplementation.Analyze(target, stage, source, "<warm-up>", clock);
            }, 256 * 1024 * 1024) { IsBackground = true, Name = "reference-warm-up" };
            thread.Start();
            // A stage that hangs on the sample is a bug the cases will show; the run does not wait for it forever.
            if (!thread.Join(deadline - DateTime.UtcNow > TimeSpan.Zero ? deadline - DateTime.UtcNow : TimeSpan.Zero)) return;
            WaitForJit(deadline);
        }
    }

    private const int Rounds = 3;
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(20);

    /// <summary>Waits until the JIT has compiled nothing new for a while (the tier-1 queue is drained).</summary>
    private static void WaitForJit(DateTime deadline)
    {
        var count = System.Runtime.JitInfo.GetCompiledMethodCount();
        var quiet = 0;
        while (quiet < 3 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(100);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            quiet = now == count ? quiet + 1 : 0;
            count = now;
        }
    }

    internal const string Sample = """"
        # -*- coding: utf-8 -*-
        """Module docstring."""
        from __future__ import annotations
        import os, sys as _sys
        from collections import (OrderedDict,
                                 defaultdict)

        __all__ = ['Thing', "helper"]
        CONSTANT = 0x1F + 0o17 + 0b101 + 1_000_000 + 3.14e-10 + 2j + .5 + 1.
        café = 'ünïcode'
        raw, data = r'\d+\n', b'\x00bytes'
        joined = ("implicit" 'concatenation'
                  f"{CONSTANT!r:>10} and {café=}" R'raw')
        long_text = """triple
        quoted""" + '''single
        triple'''
        total = (1 + 2 * 3 - 4 / 5 // 6 % 7 ** 8 @ 9 if 1 else 0) << 2 >> 1 & 3 | 4 ^ ~5
        flags = not a and b or c in d and e not in f and g is h and i is not j < k <= l > m >= n == o != p
        x = y = z = [i for i in range(10) if i % 2] + [*range(3)]
        s = {k: v for k, v in zip('ab', 'cd')}; t = {1, 2, *s}; u = (j async for j in aiter()) if 0 else ()
        v = x[1:2], x[::2], x[:, None], x[...]
        w = lambda a, /, b=1, *c, d, e=2, **f: (a, b, c, d, e, f)
        if (n := len(x)) > 3:
            pass
        elif n == 2:
            x += [1]; x -= 0 if False else 0
        else:
            del x[0]

        @decorator(arg=1)
        class Thing(Base, metaclass=Meta):
            """A class."""
            attr: int = 0
            other: dict[str, list[int]] | None

            def __init__(self, a: int, *args: str, key=None, **kwargs) -> None:
                super().__init__()
                self.a = a
                global CONSTANT
                for i, (p, q) in enumerate(args):
                    while i < 10:
                        i += 1
                        if i == 5: break
                        continue
                    else:
                        pass
                try:
                    raise ValueError("bad") from None
                except (ValueError, TypeError) as exc:
                    print(exc, file=_sys.stderr, end='')
                except Exception:
                    raise
                else:
                    assert a, "message"
                finally:
                    return None

            @property
            def value(self):
                def inner():
                    nonlocal self
                    yield from range(3)
                    yield
                return [n for n in inner()] if False else inner()

            async def fetch(self, url):
                async with session.get(url) as response, other() as (b, c):
                    await response.text()
                async for chunk in response:
                    yield chunk

        def helper(command):
            match command.split():
                case [action]:
                    return action
                case ["go", direction] | ["move", direction]:
                    return direction
                case Point(x=0, y=0) if command:
                    return "origin"
                case {"key": value, **rest}:
                    return value
                case [1, 2, *others] | [3, *others] as n:
                    return others
                case str() | None | -1 | 1.5 | 2 + 3j:
                    return None
                case _:
                    return ...

        with open(__file__) as f, \
                open(os.devnull, 'w') as g:
            text = f.read()
        print(*x, **s, sep="\t", end=f"{'nested' + f'{x!s}'}\n")
        """";
}
