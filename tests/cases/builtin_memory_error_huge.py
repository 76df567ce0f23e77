# Requests for far more memory than any machine has raise MemoryError, which a program
# can catch and go on from, rather than ending the process.
attempts = [
    ("list(range(2**40))", lambda: list(range(2**40))),
    ("[0] * 2**40", lambda: [0] * 2**40),
    ("bytearray(2**40)", lambda: bytearray(2**40)),
    ("b'ab' * 2**40", lambda: b"ab" * 2**40),
    ("'ab' * 2**40", lambda: "ab" * 2**40),
    ("(1,) * 2**40", lambda: (1,) * 2**40),
]
for text, make in attempts:
    try:
        make()
        print(text, "made")
    except MemoryError as e:
        print(text, "->", type(e).__name__, e.args)
print("still running:", sum(range(10)))
