"""Adapters: translate a platform's requests into the registry's, and replies into its format."""
