"""Spiders of the kepatuhan Scrapy project (`scrapy list` shows them)."""
