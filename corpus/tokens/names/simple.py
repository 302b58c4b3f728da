# features: [names]
# stages: [tokens]
spam = eggs
_ = __dunder__
