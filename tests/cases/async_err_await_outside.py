# `await` is only allowed inside `async def` (a plain def here).
print("never printed")


def fetch_all(urls):
    results = []
    for url in urls:
        results.append(await url)
    return results
