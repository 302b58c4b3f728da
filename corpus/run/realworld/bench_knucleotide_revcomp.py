# features: [benchmark, strings, collections, realworld]
# stages: [run]
# flags: [needs-stdlib]
# k-nucleotide and reverse-complement (Benchmarks Game) over an embedded FASTA input.
from collections import Counter, defaultdict

FASTA = """>ONE Homo sapiens alu
GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGA
TCACCTGAGGTCAGGAGTTCGAGACCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACT
>THREE Homo sapiens frequency
aacacttcaccaggtatcgtgaaggctcaagattacccagagaacctttgcaatataagaatatgtatgcagcattaccctaagtaattatattctttttctgactcaaagtgacaagccctagtgtatattaaatcggtatctttgtcttttgtcttaatacaatgtgctggttggcttaccattcagatatacgacgcactatcggggtaactaagggtatagtgctactcgttcctatagttgaatcaagcaaatcttgtagctttgcaaagctatttttattacatcctaccacagttgcacagatacactactgtgtgtccattaggtaatagtattgtgaggaaatgccgagaactatagacgagcgagggttgccacttgtgtcgaaactgagaatgctggtcgatatccgatattctcatagcaccattcgagcgagcagcctaaggatgacaaatccaatgacgccaagcatgccattcacctcaaatattt
ggtatcgtgaaggctcaagattacccagagaacctttgcaatataagaatatgtatgcagcatt
"""


def read_seq(name):
    lines, on = [], False
    for line in FASTA.splitlines():
        if line.startswith(">"):
            on = line[1:].startswith(name)
        elif on:
            lines.append(line.strip())
    return "".join(lines).upper()


seq = read_seq("THREE")
print(len(seq))
for k in (1, 2):
    counts = Counter(seq[i:i + k] for i in range(len(seq) - k + 1))
    total = sum(counts.values())
    for frag, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print("%s %.3f" % (frag, 100.0 * c / total))
    print()
for frag in ("GGT", "GGTA", "GGTATT", "GGTATTTTAATT", "GGTATTTTAATTTATAGT"):
    c = sum(1 for i in range(len(seq) - len(frag) + 1) if seq.startswith(frag, i))
    print("%d\t%s" % (c, frag))

COMP = str.maketrans("ACGTUMRWSYKVHDBNacgtumrwsykvhdbn", "TGCAAKYWSRMBDHVNTGCAAKYWSRMBDHVN")
for line in FASTA.splitlines():
    pass
blocks = defaultdict(list)
name = None
for line in FASTA.splitlines():
    if line.startswith(">"):
        name = line
    else:
        blocks[name].append(line)
for name, lines in blocks.items():
    print(name)
    rc = "".join(lines).translate(COMP)[::-1]
    for i in range(0, len(rc), 60):
        print(rc[i:i + 60])
