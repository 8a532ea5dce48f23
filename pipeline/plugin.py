"""The project's Datasette plugin (registered by the ``datasette`` entry
point in ``setup.cfg``).

Template helpers live here rather than in the templates so that what makes
a link safe is Python that tests can call: ``web_url`` keeps only absolute
http(s) URLs, as defence in depth behind the store, which already refuses
to keep anything else.  A ``javascript:`` or ``data:`` link in a council's
page must never become a clickable ``href`` on ours.
"""

from __future__ import annotations

from datasette import hookimpl

from models.keys import web_url


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["web_url"] = lambda value: web_url(value) or ""
