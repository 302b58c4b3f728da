# features: [tracebacks, uncaught-exception]
# stages: [run]
values = {'alpha': 1, 'beta': 2, 'gamma': 3, 'delta': 4, 'epsilon': 5, 'zeta': 6}; print(values['alpha'] + values['beta'] + values['omega'])
