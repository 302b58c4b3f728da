# features: [benchmark, regex, realworld]
# stages: [run]
# flags: [needs-stdlib]
# regex-redux / regex_v8-like workload over an embedded sequence.
import re

seq = ("agggtaaacctttggtacccgggtttaaacccaggtaccctgggttaagcttaatgggtaaaatagtagtagtatattta"
       "ctagggtaaaccctccgggtttaccctgtaaccctagggtaaacgtattagccaggtacgtacgtaaaggcatacaggcatta") * 8
ilen = len(seq)
seq = re.sub(">.*\n|\n", "", seq)
clen = len(seq)
variants = ("agggtaaa|tttaccct", "[cgt]gggtaaa|tttaccc[acg]", "a[act]ggtaaa|tttacc[agt]t",
            "ag[act]gtaaa|tttac[agt]ct", "agg[act]taaa|ttta[agt]cct", "aggg[acg]aaa|ttt[cgt]ccct",
            "agggt[cgt]aa|tt[acg]accct", "agggta[cgt]a|t[acg]taccct", "agggtaa[cgt]|[acg]ttaccct")
for v in variants:
    print(v, len(re.findall(v, seq)))
subst = (("tHa[Nt]", "<4>"), ("aND|caN|Ha[DS]|WaS", "<3>"), ("a[NSt]|BY", "<2>"), ("<[^>]*>", "|"),
         ("\\|[^|][^|]*\\|", "-"))
s = seq
for f, r in subst:
    s = re.sub(f, r, s)
print(ilen, clen, len(s))
iub = {"B": "(c|g|t)", "D": "(a|g|t)", "H": "(a|c|t)", "K": "(g|t)", "M": "(a|c)", "N": "(a|c|g|t)"}
s2 = re.sub("[BDHKMN]", lambda m: iub[m.group(0)], "aBcDNtMK" * 3)
print(s2)
log = """127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326
10.0.0.5 - bob [11/Oct/2000:08:01:02 -0700] "POST /login HTTP/1.1" 302 -
192.168.1.20 - - [11/Oct/2000:08:05:00 -0700] "GET /index.html?q=a+b HTTP/1.1" 404 512"""
pat = re.compile(r'(?P<ip>\d+(?:\.\d+){3}) \S+ (?P<user>\S+) \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) [^"]*" (?P<status>\d{3}) (?P<size>\d+|-)')
for m in pat.finditer(log):
    print(m.group("ip", "method", "status"), m.groupdict()["path"], m.span("size"))
print(re.split(r"\s*[,;]\s*", "a , b;c ;d"), re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "joe@example.com x@y.com"))
print(re.fullmatch(r"(\d{3})-(\d{4})", "555-1234").groups(), re.search(r"(?i)HELLO", "say hello").group())
print(re.findall(r"\b\w{5,}\b", "The quick brown fox jumps over lazy dogs"), re.escape("a.b*c"))
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error:", e, e.pos)
