# features: [fstring]
# stages: [tokens]
f'{x}\n' f"\{x}"
