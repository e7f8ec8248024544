"""Screens of the reader app."""


from reader.ui.stylesheets import stylesheet

DIALOGS = stylesheet("dialogs")
