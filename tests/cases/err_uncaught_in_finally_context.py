# An exception raised in a finally block while another is propagating.
def close_all():
    try:
        raise ConnectionError("network down")
    finally:
        print("closing")
        raise OSError("close failed")

close_all()
