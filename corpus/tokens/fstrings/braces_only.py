# features: [fstring]
# stages: [tokens]
f'{{' f'}}' f'{{}}'
