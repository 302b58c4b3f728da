# fuzz-signature: tokens:token:string:NAME
# fuzz-seed: 11 (mutant 2394 of corpus/divergences/unicode_letter_newer_than_14.py)
# fuzz-date: 2026-11-25
# fuzz-original-lines: 6
# features: [fuzz]
# stages: [tokens, ast, dis, run]
a𑼄