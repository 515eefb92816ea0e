"""`runapi listen`: what this CLI can do for local callback testing, said plainly.

The relay `runapi listen --forward-to URL` of RunAPI's own CLI receives callbacks of tasks
created without `callback_url` through RunAPI's servers, with a protocol that is not published.
This CLI cannot relay. What it has is a local receiver, `runapi webhooks listen`, that verifies
each callback RunAPI sends to a `callback_url` reaching it (through a tunnel) and forwards it.
`runapi listen` runs that receiver when a webhook secret is given, after saying what it is, and
otherwise explains and exits 2. It never pretends to relay.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from . import _output
from ._webhooks import SECRET_ENV

__all__ = ["EXPLANATION", "listen"]

EXPLANATION = """\
runapi listen: this CLI does not relay callbacks through RunAPI.

RunAPI's own CLI can receive callbacks of tasks created without callback_url through RunAPI's
servers; that relay's protocol is not published, so this CLI cannot offer it, and a task
created without callback_url sends its callback nowhere you can see here.

What this CLI can do is run a local receiver that verifies every callback and forwards it:

  runapi webhooks listen --secret "$RUNAPI_WEBHOOK_SECRET" --port 8787 \\
      --forward-to http://localhost:3000/webhooks

It listens on 127.0.0.1 only: expose the port with a tunnel of your choice and create tasks
with callback_url set to the tunnel's URL. Callbacks are signed with your webhook secret (from
the dashboard), exactly as in production. `runapi listen --secret ...` (or with
RUNAPI_WEBHOOK_SECRET set) starts that same receiver."""


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--forward-to", metavar="URL", help="POST each verified callback on to URL.")
@click.option(
    "--secret",
    envvar=SECRET_ENV,
    metavar="SECRET",
    help=f"The webhook secret (base64), or set {SECRET_ENV}; without it, only explains.",
)
@click.option("--port", type=click.IntRange(0, 65535), default=8787, show_default=True)
@click.option("--max-requests", type=click.IntRange(0), default=0, metavar="N", hidden=True)
@click.pass_context
def listen(
    ctx: click.Context, forward_to: str | None, secret: str | None, port: int, max_requests: int
) -> None:
    """Local callback testing: the verifying receiver, not a relay (see below).

    Without a webhook secret this explains what the CLI can do and exits 2. With one it starts
    `runapi webhooks listen` on 127.0.0.1:PORT: callbacks reach it only when a task's
    callback_url points at it (through a tunnel); each is verified, printed and, with
    --forward-to, POSTed on unchanged.
    """
    if not secret:
        _output.message(EXPLANATION)
        sys.exit(2)
    from ._webhooks import listen as receiver

    _output.message(
        "runapi listen: starting the local verifying receiver (`runapi webhooks listen`); "
        "it is not a relay: set each task's callback_url to a tunnel reaching this port"
    )
    options: dict[str, Any] = {
        "port": port,
        "secret": secret,
        "forward_to": forward_to,
        "max_requests": max_requests,
    }
    ctx.invoke(receiver, **options)
