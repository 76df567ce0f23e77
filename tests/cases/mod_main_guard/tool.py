print("tool top level runs on import")


def compute(n):
    return n * 100


if __name__ == "__main__":
    print("this must not print when imported")
else:
    print("tool imported as", __name__)
