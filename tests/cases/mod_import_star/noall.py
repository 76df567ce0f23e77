visible = "visible"
_secret = "underscore names are skipped"
