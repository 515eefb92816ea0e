"""The CLI's exit code after a request was sent (issue 8, items 1, 2 and 4), over real sockets.

Exit 2 promises "nothing sent": a retry script may safely send the request again. So a request
that reached the server (counted on arrival) must never end in 2, and never in a traceback; an
answer that arrived but cannot be read ends in exit 10 with the request id. Keys read with a
trailing newline work and are never echoed.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
import runapi
from click.testing import CliRunner, Result
from runapi.cli import EXIT_CODES, cli

from generator.project import GENERATED

from .sdk_servers import (
    API_KEY,
    SEEDANCE_PATH,
    Action,
    Arrival,
    FaultServer,
    Reply,
    Reset,
    ResetMidBody,
    Scenario,
    Stall,
    Truncated,
    json_reply,
    retries_without_sleep,
    serve,
)
from .test_sdk_answers import INCOMPLETE, REQUEST_ID, UNREADABLE

CREATE = [
    "seedance",
    "text-to-video",
    "create",
    "--model",
    "seedance-1.5-pro",
    "--prompt",
    "A lighthouse at dawn",
    "--aspect-ratio",
    "16:9",
    "--duration-seconds",
    "8",
]
ACCEPTED = json_reply(202, {"id": "task_1", "status": "processing"}, {"x-request-id": REQUEST_ID})
# Faults after the request was sent that are not about reading the answer: (action, exit code).
# A POST cut off after sending may have started a task: exit 10 ("sent"), never 9 ("not
# reached"), which a retry script would take as safe to send again.
TRANSPORT: dict[str, tuple[Action, int]] = {
    "reset-after-request": (Reset(), 10),
    "reset-mid-body": (ResetMidBody(202, b'{"id": "ta', 40, {"x-request-id": REQUEST_ID}), 10),
    "truncated": (Truncated(202, b'{"id": "ta', 40, {"x-request-id": REQUEST_ID}), 10),
    "http-500": (json_reply(500, {"error": "boom"}, {"x-request-id": REQUEST_ID}), 6),
    "http-502-html": (Reply(502, b"<html>Bad gateway</html>", {"Content-Type": "text/html"}), 6),
    "http-408": (json_reply(408, {"error": "slow upstream"}), 6),
}
SECRET_PATTERN = re.compile(re.escape(API_KEY.strip()))


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    for name in ("RUNAPI_API_KEY", "RUNAPI_MANAGEMENT_KEY", "RUNAPI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    config = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    retries_without_sleep(monkeypatch)
    yield config


def invoke(server: FaultServer, *args: str, key: str | None = API_KEY) -> Result:
    """Run `runapi` in-process; an exception escaping the CLI fails the test (no tracebacks)."""
    options = ["--base-url", server.url]
    if key is not None:
        options += ["--api-key", key]
    return CliRunner().invoke(cli, [*args, *options], prog_name="runapi", catch_exceptions=False)


def _routes(create: Action, status: Action | None = None) -> Scenario:
    def scenario(arrival: Arrival) -> Action:
        if arrival.method == "POST":
            return create
        return status if status is not None else json_reply(404, {"error": "no such task"})

    return scenario


@pytest.mark.parametrize("fault", sorted(UNREADABLE))
def test_unreadable_answer_to_a_create_exits_10_with_the_request_id(fault: str) -> None:
    with serve(_routes(UNREADABLE[fault])) as server:
        result = invoke(server, *CREATE)
        assert server.count("POST", SEEDANCE_PATH) == 1
    assert result.exit_code == 10, result.stderr
    assert REQUEST_ID in result.stderr
    assert "was sent" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("fault", sorted(UNREADABLE))
def test_unreadable_answer_to_a_get_exits_10(fault: str) -> None:
    with serve(lambda arrival: UNREADABLE[fault]) as server:
        result = invoke(server, "account", "get-balance")
    assert result.exit_code == 10, result.stderr


@pytest.mark.parametrize("fault", sorted(INCOMPLETE))
def test_completed_without_result_exits_10_naming_the_fields(fault: str) -> None:
    answer, missing = INCOMPLETE[fault]
    status = json_reply(200, answer, {"x-request-id": REQUEST_ID})
    with serve(_routes(ACCEPTED, status)) as server:
        # A deadline, so that code which keeps polling fails instead of hanging the test.
        bounded = ("--timeout", "5", "--poll-interval", "0.01")
        waited = invoke(server, "seedance", "text-to-video", "wait", "task_1", *bounded)
        ran = invoke(server, *CREATE, "--wait", *bounded)
        assert server.count("POST") == 1
    for result in (waited, ran):
        assert result.exit_code == 10, result.stderr
        assert all(name in result.stderr for name in missing)
        assert REQUEST_ID in result.stderr
        assert result.stdout == ""


@pytest.mark.parametrize("fault", sorted(TRANSPORT))
def test_a_sent_create_never_exits_2(fault: str) -> None:
    action, code = TRANSPORT[fault]
    with serve(_routes(action)) as server:
        result = invoke(server, *CREATE)
        assert server.count("POST", SEEDANCE_PATH) == 1  # and never retried
    assert result.exit_code == code, result.stderr
    assert "Traceback" not in result.stderr


# The CLI's create has no request timeout of its own (its --timeout bounds a wait), so a stalled
# create ends when the server gives up and closes the connection unanswered: after SHORT_STALL
# seconds rather than the 30-second default, the same fault sooner. (Polls have no request
# timeout either: a stalled poll ends the same way, then is retried.)
SHORT_STALL = Stall(limit=0.05)


def test_a_create_that_times_out_after_sending_exits_10() -> None:
    with serve(lambda arrival: SHORT_STALL) as server:
        result = invoke(server, *CREATE, "--timeout", "0.3")
        assert server.count("POST", SEEDANCE_PATH) == 1
    assert result.exit_code == 10, result.stderr
    assert "may have reached RunAPI" in result.stderr


def test_a_create_that_reaches_no_server_exits_9() -> None:
    with serve(lambda arrival: ACCEPTED) as server:
        url = server.url
    # The server is gone: the connection is refused, so nothing was sent.
    result = CliRunner().invoke(
        cli, [*CREATE, "--base-url", url, "--api-key", API_KEY], prog_name="runapi"
    )
    assert result.exit_code == 9, result.stderr
    assert "may have reached" not in result.stderr


@pytest.mark.parametrize("fault", ["reset", "http-500", "stall"])
def test_a_failure_after_the_create_names_the_task_and_how_to_follow_it(fault: str) -> None:
    faults: dict[str, Action] = {
        "reset": Reset(),
        "http-500": json_reply(500, {"error": "boom"}),
        "stall": SHORT_STALL,
    }
    status = faults[fault]
    with serve(_routes(ACCEPTED, status)) as server:
        result = invoke(server, *CREATE, "--wait", "--timeout", "0.5", "--poll-interval", "0.01")
        assert server.count("POST", SEEDANCE_PATH) == 1
    assert result.exit_code not in (0, 2), result.stderr
    assert "task task_1 was created" in result.stderr
    assert "`runapi seedance text-to-video wait task_1`" in result.stderr


def test_an_unwritable_download_folder_is_refused_before_the_create(tmp_path: Path) -> None:
    folder = tmp_path / "results"
    folder.write_text("a file, not a folder")
    with serve(_routes(ACCEPTED)) as server:
        result = invoke(server, *CREATE, "--wait", "--download", str(folder))
        assert server.count("POST", SEEDANCE_PATH) == 0
    assert result.exit_code == 2, result.stderr
    assert "--download" in result.stderr


def test_results_that_cannot_be_saved_exit_10_naming_the_task(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    done = json_reply(
        200, {"id": "task_1", "status": "completed", "videos": [{"url": "http://x.invalid/v.mp4"}]}
    )

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(runapi, "download", disk_full)
    with serve(_routes(ACCEPTED, done)) as server:
        result = invoke(
            server, *CREATE, "--wait", "--poll-interval", "0.01", "--download", str(tmp_path)
        )
    assert result.exit_code == 10, result.stderr
    assert "cannot be saved" in result.stderr
    assert "task task_1 was created" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_get_that_times_out_exits_8() -> None:
    with serve(lambda arrival: Stall()) as server:
        # The server never answers, so any request timeout ends each try the same way.
        result = invoke(server, "seedance", "text-to-video", "get", "task_1", "--timeout", "0.05")
    assert result.exit_code == 8, result.stderr


# -- item 4 on the command line: keys with a trailing newline ---------------------------------


def _echo_auth(arrival: Arrival) -> Action:
    return json_reply(200, {"balance_cents": 1, "currency": "USD", "auth": "seen"})


@pytest.mark.parametrize("source", ["flag", "env", "config"])
def test_key_with_a_trailing_newline_works_from_every_source(
    source: str, monkeypatch: pytest.MonkeyPatch, isolated: Path
) -> None:
    key = API_KEY + "\n"
    if source == "env":
        monkeypatch.setenv("RUNAPI_API_KEY", key)
    elif source == "config":
        directory = isolated / "runapi"
        directory.mkdir(parents=True, mode=0o700)
        config = directory / "config.json"
        config.write_text(json.dumps({"api_key": key}))
        config.chmod(0o600)
    with serve(_echo_auth) as server:
        result = invoke(server, "account", "get-balance", key=key if source == "flag" else None)
        (arrival,) = server.arrivals
    assert result.exit_code == 0, result.stderr
    assert arrival.headers["authorization"] == f"Bearer {API_KEY}"
    assert API_KEY not in result.stderr and API_KEY not in result.stdout


MALFORMED = ["\x00", "\x1b[31m", " inner space", "\r\nX-Injected: 1", "\u200b", "é"]


@pytest.mark.parametrize(
    ("source", "bad"),
    # An environment variable cannot hold a NUL byte.
    [("flag", bad) for bad in MALFORMED] + [("env", bad) for bad in MALFORMED if bad != "\x00"],
)
def test_malformed_key_exits_3_without_echoing_it(
    bad: str, source: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = API_KEY[:10] + bad + API_KEY[10:]
    if source == "env":
        monkeypatch.setenv("RUNAPI_API_KEY", key)
    with serve(_echo_auth) as server:
        result = invoke(server, "account", "get-balance", key=key if source == "flag" else None)
        assert server.arrivals == []
    assert result.exit_code == 3, result.stderr
    assert "API key" in result.stderr
    for output in (result.stderr, result.stdout):
        assert API_KEY[:10] not in output and API_KEY[10:] not in output


def test_status_error_output_never_echoes_the_key() -> None:
    def echo(arrival: Arrival) -> Action:
        # A debugging proxy that quotes the request back in its error page.
        quoted = f"upstream refused the request with headers {arrival.headers}"
        return Reply(502, quoted.encode(), {"Content-Type": "text/plain"})

    with serve(echo) as server:
        result = invoke(server, "account", "get-balance")
    assert result.exit_code == 6
    assert API_KEY not in result.stderr and "<redacted>" in result.stderr


# -- exit 10 is documented everywhere the exit codes are listed --------------------------------


def _codes(text: str, pattern: str) -> set[int]:
    return {int(code) for code in re.findall(pattern, text, flags=re.M)}


def _exit_table(markdown: str) -> str:
    """The Markdown table headed `| exit code | meaning |`."""
    start = markdown.index("| exit code | meaning |")
    end = markdown.find("\n\n", start)
    return markdown[start : end if end != -1 else None]


def test_every_exit_code_list_has_exit_10_and_they_agree() -> None:
    help_text = CliRunner().invoke(cli, ["--help"], prog_name="runapi").output
    readme = (GENERATED / "python" / "README.md").read_text(encoding="utf-8")
    errors_page = (GENERATED / "docs" / "concepts" / "errors-and-retries.md").read_text()
    listed = {
        "runapi --help": _codes(help_text, r"^\s+(\d+) +\S"),
        "EXIT_CODES": _codes(EXIT_CODES, r"^\s+(\d+) +\S"),
        "README": _codes(_exit_table(readme), r"^\| (\d+) \|"),
        "errors page": _codes(_exit_table(errors_page), r"^\| (\d+) \|"),
    }
    for where, codes in listed.items():
        assert {0, 2, 9, 10} <= codes, f"{where} lists {sorted(codes)}"
        assert codes == listed["EXIT_CODES"], f"{where} lists {sorted(codes)}"
    assert "answer could not be read" in help_text
    assert runapi.APIResponseValidationError.__name__ in errors_page


# -- wait settings are refused before the create; downloads fail with the documented exits ------


@pytest.mark.parametrize(
    "flags",
    [
        ("--timeout", "nan"),
        ("--timeout", "inf"),
        ("--timeout", "-5"),
        ("--poll-interval", "-1"),
        ("--poll-interval", "nan"),
        ("--poll-interval", "inf"),
    ],
    ids=" ".join,
)
@pytest.mark.parametrize("how", ["run", "create --wait"])
def test_wait_settings_are_refused_before_the_task_is_created(
    how: str, flags: tuple[str, str]
) -> None:
    command = [*CREATE[:2], "run", *CREATE[3:]] if how == "run" else [*CREATE, "--wait"]
    with serve(_routes(ACCEPTED)) as server:
        result = invoke(server, *command, *flags)
        assert server.arrivals == [], "a task was created, then exit 2 said nothing was sent"
    assert result.exit_code == 2, result.stderr


def _with_result_file(file_answer: Action) -> Scenario:
    def scenario(arrival: Arrival) -> Action:
        if arrival.method == "POST":
            return ACCEPTED
        if arrival.path.startswith(SEEDANCE_PATH):
            url = f"http://{arrival.headers['host']}/files/v.mp4"
            return json_reply(
                200, {"id": "task_1", "status": "completed", "videos": [{"url": url}]}
            )
        return file_answer

    return scenario


@pytest.mark.parametrize(
    ("answer", "code"),
    [
        (Reply(200, b"not gzip", {"Content-Encoding": "gzip"}), 10),
        (Reply(302, b"", {"Location": "/files/v.mp4"}), 9),
        (ResetMidBody(200, b"\x00\x00\x00 ftyp", 4096), 9),
        (json_reply(403, {"error": "link expired"}), 6),
    ],
    ids=["undecodable", "redirect-loop", "reset", "expired"],
)
def test_a_failed_download_exits_with_a_documented_code(
    answer: Action, code: int, tmp_path: Path
) -> None:
    target = tmp_path / "videos"
    with serve(_with_result_file(answer)) as server:
        result = invoke(server, *CREATE[:2], "run", *CREATE[3:], "--download", str(target))
        assert server.count("POST") == 1
    assert result.exit_code == code, result.stderr
    assert list(target.glob("*")) == []  # no partial file left behind


def test_an_off_spec_result_prints_as_sent_without_warnings() -> None:
    done = {"id": "task_1", "status": "completed", "videos": [{"url": "u"}], "model": 7}
    status = json_reply(200, done)
    with (
        serve(_routes(ACCEPTED, status)) as server,
        warnings.catch_warnings(record=True) as caught,
    ):
        warnings.simplefilter("always")
        result = invoke(server, "seedance", "text-to-video", "wait", "task_1")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == done
    assert [str(warning.message) for warning in caught] == []


@pytest.mark.parametrize("url", ["http://[::1/v.mp4", "http://127.0.0.1:9/v\u0000.mp4"])
def test_a_result_url_that_cannot_be_downloaded_exits_10(url: str, tmp_path: Path) -> None:
    done = {"id": "task_1", "status": "completed", "videos": [{"url": url}]}
    with serve(_routes(ACCEPTED, json_reply(200, done))) as server:
        target = str(tmp_path / "videos")
        result = invoke(server, *CREATE[:2], "run", *CREATE[3:], "--download", target)
        assert server.count("POST") == 1
    assert result.exit_code == 10, result.stderr
    assert "result URL cannot be downloaded" in result.stderr
