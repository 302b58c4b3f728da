# features: [benchmark, strings, realworld]
# stages: [run]
# flags: [needs-stdlib]
# fasta (Benchmarks Game) with its linear congruential generator, n = 2500.
import sys
from itertools import accumulate
from bisect import bisect

alu = ('GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG'
       'GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA'
       'CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT'
       'ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA'
       'GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG'
       'AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC'
       'AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA')
iub = list(zip('acgtBDHKMNRSVWY', [0.27, 0.12, 0.12, 0.27] + [0.02] * 11))
homosapiens = [('a', 0.3029549426680), ('c', 0.1979883004921), ('g', 0.1975473066391), ('t', 0.3015094502008)]
IM, IA, IC = 139968, 3877, 29573
seed = 42


def gen_random(lim):
    global seed
    seed = (seed * IA + IC) % IM
    return lim * seed / IM


def repeat_fasta(src, n, out):
    width = 60
    r = len(src)
    s = src + src + src[:n % r]
    for j in range(n // width):
        i = j * width % r
        out.append(s[i:i + width])
    if n % width:
        out.append(s[-(n % width):])


def random_fasta(table, n, out):
    width = 60
    chars, probs = zip(*table)
    cum = list(accumulate(probs))
    for j in range(n // width):
        out.append("".join(chars[bisect(cum, gen_random(1.0))] for _ in range(width)))
    if n % width:
        out.append("".join(chars[bisect(cum, gen_random(1.0))] for _ in range(n % width)))


n = int(sys.argv[1]) if len(sys.argv) > 1 else 2500
out = []
out.append(">ONE Homo sapiens alu")
repeat_fasta(alu, n * 2, out)
out.append(">TWO IUB ambiguity codes")
random_fasta(iub, n * 3, out)
out.append(">THREE Homo sapiens frequency")
random_fasta(homosapiens, n * 5, out)
text = "\n".join(out)
print(text[:700])
print(len(text), text.count("a"), text.count("GGC"), seed)
