def emphasize(text):
    return text.upper() if len(text) <= 4 else text.title()
