from lib import errors


def parse_one(text):
    if not text.isdigit():
        raise errors.ParseError("not a number: " + repr(text))
    return int(text)


def parse_all(texts):
    return [parse_one(t) for t in texts]
