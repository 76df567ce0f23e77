# Uncaught exception with notes: the notes print after the message.
def parse(line):
    try:
        return int(line)
    except ValueError as e:
        e.add_note("hint: line must contain a whole number")
        raise

print(parse("10"))
parse("ten")
