"""creditcheck: image caption and credit compliance checker for news publishers."""

__version__ = "0.1.0"
