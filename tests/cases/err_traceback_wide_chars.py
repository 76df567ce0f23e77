# Traceback carets take two columns under each wide East Asian character (and one under
# every other), so they stay under their text: before the expression, inside it, and
# under the operator and subscript anchors.
def label(names, key):
    prefix = "名前: "
    return prefix + names[key]


def lookup(names, key):
    try:
        return {"値": label(names, key)}["値"]
    except KeyError as e:
        raise LookupError("見つかりません: " + key) from e


names = {"名前": "太郎"}
print(label(names, "名前"))
try:
    total = "合計" + 1
except TypeError as e:
    print("TypeError:", e)
result = {"結果": lookup(names, "名前")}; value = result["結果"] + lookup(names, "年齢")
