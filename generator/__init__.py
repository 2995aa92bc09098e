"""Turn a folder of news articles into a searchable static site of summaries."""

__version__ = "0.1.0"
