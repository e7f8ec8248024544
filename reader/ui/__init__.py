"""The Textual user interface: the app, its commands and config, widgets/, screens/, jobs/.

Thin over the engine: nothing here parses HTML or cleans text.
"""
