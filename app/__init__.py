"""incident-records: source-attributed records of armed-conflict incidents from news reporting."""

__version__ = "0.1.0"
