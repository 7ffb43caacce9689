"""gunicorn settings, from the environment (see the README's configuration table)."""

import gc
import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
# Load the app (and its compiled patterns and models) once, before forking workers.
preload_app = True
accesslog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info")


def pre_fork(server: object, worker: object) -> None:
    # Move the preloaded app's objects (modules, compiled patterns, models) out of the
    # collector's reach: the workers' full collections no longer walk them, and their
    # memory pages stay shared with the master instead of being copied on write.
    gc.freeze()
