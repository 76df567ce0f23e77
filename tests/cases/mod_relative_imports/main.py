# Relative imports: from . import x, from .sub import y, from .. import z.
from app import run
from app.core.engine import start

print(run())
print(start())
