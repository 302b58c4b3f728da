# fuzz-signature: ast:error:type:UnicodeDecodeError: '_' codec can't decode byte NxN in position N: invalid conti
# fuzz-seed: 42 (mutant 26239 of corpus/run/exceptions/system_exit.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 4
# features: [fuzz]
# stages: [tokens, ast, dis, run]
import
óys