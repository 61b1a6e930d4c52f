"""Text staging: bytes to clean Unicode, furniture and paragraph handling."""
