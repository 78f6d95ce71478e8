"""creditcheck: image caption and credit compliance checker for news publishers."""

import os
import sys
import types

__version__ = "0.1.0"

# pydantic scans every installed distribution's entry points for plugins when it builds the first model; creditcheck
# uses none, and the scan is a noticeable share of a one-file check's start-up. A user's own setting still wins.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
if os.environ["PYDANTIC_DISABLE_PLUGINS"] == "__all__" and "pydantic.plugin._loader" not in sys.modules:
    # With every plugin disabled, pydantic's loader returns no plugins, but importing it still imports
    # importlib.metadata (and email, zipfile, csv): ~10 ms of start-up. This stand-in answers the same, without them.
    _loader = types.ModuleType("pydantic.plugin._loader")
    _loader.get_plugins = tuple  # type: ignore[attr-defined]  # get_plugins() -> (): no plugins
    sys.modules[_loader.__name__] = _loader
