"""Start-up probe: prints one line and exits; bench/run times it."""
print("hello, world")
