"""Work off the UI thread that never touches Textual: loading and cleaning an article (in a
thread or a child process started before Textual is imported), finding its people."""
