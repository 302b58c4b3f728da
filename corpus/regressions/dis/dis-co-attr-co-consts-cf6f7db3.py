# fuzz-signature: dis:co-attr:co_consts
# fuzz-seed: 4 (mutant 10934 of corpus/tools/make_tokens_cases.py)
# fuzz-date: 2026-11-25
# fuzz-original-lines: 355
# features: [fuzz]
# stages: [tokens, ast, dis, run]
("n0xFF")