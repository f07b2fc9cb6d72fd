"""Tactful: tactful drafts for declining, shortening, moving or re-routing client meetings."""
