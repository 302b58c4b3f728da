# features: [fstring]
# stages: [tokens]
f"{'a'}" f'{"b"}' f'''{'c'}''' f"{x['k']}"
