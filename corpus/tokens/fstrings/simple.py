# features: [fstring]
# stages: [tokens]
f'{x}' F"{y!r:>10}" rf'{z}\n' fr"{{}}"
