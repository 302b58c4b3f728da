# features: [fstrings]
# stages: [tokens]
f'{{' f'}}' f'{{}}'
