"""kg: knowledge graph of international security news."""
__version__ = "0.1.0"
