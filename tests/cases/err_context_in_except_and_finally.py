# An uncaught exception whose context chain was built in an except clause and a finally
# block, with notes attached at several levels.
def read_record(raw):
    fields = raw.split(",")
    return {"id": int(fields[0]), "name": fields[1]}

def import_all(rows):
    imported = []
    for n, row in enumerate(rows, 1):
        try:
            imported.append(read_record(row))
        except (ValueError, IndexError) as exc:
            exc.add_note("row %d: %r" % (n, row))
            raise
    return imported

def main():
    rows = ["1,ada", "2,grace", "x,linus"]
    try:
        print(import_all(rows[:2]))
        import_all(rows)
    finally:
        cleanup = {"open": 0}
        print("cleaning up")
        cleanup["handles"] -= 1

main()
