"""Wizard flow and collected state in plain Python (no Qt), tested without a GUI."""
