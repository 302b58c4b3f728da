# features: [fstrings]
# stages: [tokens]
f'{x}\n' f"\{x}"
