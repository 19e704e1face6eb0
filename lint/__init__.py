"""reportlint: finds internal inconsistencies in drafted Vietnamese reports."""

__version__ = "0.1.0"
