# features: [names]
# stages: [tokens]
if True and not False or None: pass
else_ = lambda x: x
