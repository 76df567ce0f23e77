import textutil


def square(x):
    return x * x


def describe(n):
    return textutil.shout("number") + " " + str(n) + " squared is " + str(square(n))
