"""The example tote bundles in the README: a small multi-module command-line program."""

import sys

from greet import greeting
from greet.stats import summarize


def main(argv):
    names = argv[1:] or ["world", "tote", "Python"]
    for name in names:
        print(greeting(name))
    print(summarize(names))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
