"""Tests of the Chinese extractor (src/dealradar/extract/zh)."""
