# A tiny Markdown-to-HTML renderer: headings, paragraphs, emphasis, inline code, links,
# ordered/unordered lists, fenced code blocks with escaping, block quotes and rules.
DOC = """# Release *notes*

Version **1.2** adds `tote build` and fixes [issue 42](https://example.org/42).
Lines in a paragraph
are joined.

## Changes

- faster *startup*
- new `--release` flag
- escapes <html> & "quotes"

1. download
2. run **install**
3. enjoy

> quoted text with *style*
> second quoted line

```
def f(x):
    return x < 1 and "<tag>"
```

---
Trailing paragraph with a [link](http://a.b/c?d=1&e=2) and ** unbalanced.
"""

def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

def inline(text):
    out, i = [], 0
    text = escape(text)
    while i < len(text):
        if text.startswith("`", i):
            end = text.find("`", i + 1)
            if end > i:
                out.append("<code>%s</code>" % text[i + 1:end])
                i = end + 1
                continue
        if text.startswith("**", i):
            end = text.find("**", i + 2)
            if end > i:
                out.append("<strong>%s</strong>" % inline(text[i + 2:end]))
                i = end + 2
                continue
        if text[i] == "*":
            end = text.find("*", i + 1)
            if end > i + 1:
                out.append("<em>%s</em>" % text[i + 1:end])
                i = end + 1
                continue
        if text[i] == "[":
            close = text.find("](", i)
            paren = text.find(")", close) if close > 0 else -1
            if close > 0 and paren > 0:
                out.append('<a href="%s">%s</a>' % (text[close + 2:paren], text[i + 1:close]))
                i = paren + 1
                continue
        out.append(text[i])
        i += 1
    return "".join(out)

def render(doc):
    html, para, lines, i = [], [], doc.splitlines(), 0
    def flush():
        if para:
            html.append("<p>%s</p>" % inline(" ".join(para)))
            para.clear()
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith("```"):
            flush()
            code = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith("```"):
                code.append(escape(lines[i]))
                i += 1
            html.append("<pre><code>%s</code></pre>" % "\n".join(code))
        elif stripped.startswith("#"):
            flush()
            level = len(stripped) - len(stripped.lstrip("#"))
            html.append("<h%d>%s</h%d>" % (level, inline(stripped[level:].strip()), level))
        elif stripped in ("---", "***"):
            flush()
            html.append("<hr/>")
        elif stripped.startswith(("- ", "* ")) or (stripped[:1].isdigit() and ". " in stripped[:4]):
            flush()
            ordered = stripped[:1].isdigit()
            tag = "ol" if ordered else "ul"
            items = []
            while i < len(lines) and lines[i].strip() and (lines[i].strip()[:1].isdigit() == ordered):
                item = lines[i].strip()
                items.append("<li>%s</li>" % inline(item.split(". ", 1)[1] if ordered else item[2:]))
                i += 1
            html.append("<%s>%s</%s>" % (tag, "".join(items), tag))
            continue
        elif stripped.startswith(">"):
            flush()
            quoted = []
            while i < len(lines) and lines[i].strip().startswith(">"):
                quoted.append(lines[i].strip()[1:].strip())
                i += 1
            html.append("<blockquote>%s</blockquote>" % inline(" ".join(quoted)))
            continue
        elif not stripped:
            flush()
        else:
            para.append(stripped)
        i += 1
    flush()
    return html

for element in render(DOC):
    print(element)
print(render(""), render("plain"), render("# only heading"), render("*a* **b** `c`"))
