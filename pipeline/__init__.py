"""Pipeline stages: extract, tag, store, publish, and the `minutes` CLI."""
