# features: [tracebacks, uncaught-exception]
# stages: [run]
def main():
    print('working')
    raise SystemExit(0)
main()
print('not reached')
