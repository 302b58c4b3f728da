# features: [tracebacks, uncaught-exception]
# stages: [run]
total = (1 +
         2 +
         None)
