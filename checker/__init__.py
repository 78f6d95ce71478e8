"""creditcheck: image caption and credit compliance checker for news publishers."""

import os

__version__ = "0.1.0"

# pydantic scans every installed distribution's entry points for plugins when it builds the first model; creditcheck
# uses none, and the scan is a noticeable share of a one-file check's start-up. A user's own setting still wins.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
