# A bare capture pattern matches anything, so a case after it could never run.
print("never printed: the whole file fails to compile")


def f(command):
    match command:
        case "quit":
            return 0
        case other:
            return 1
        case "help":
            return 2
