"""Item 9's callback timestamps and the forgeries that held: `runapi.webhooks.verify` and
`runapi webhooks verify`.

No forged delivery is accepted (tampered body, wrong secret, stale or future or absurd
timestamps, missing, empty, duplicated or garbled headers and signatures), no genuine one is
refused (any header case, several signatures with one valid, surrounding whitespace), and
whatever the header values hold, the only error is `WebhookVerificationError`. A property test
(hypothesis) fuzzes header values, bodies and signature lists for all three.
"""

from __future__ import annotations

import base64
import json
import math
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from runapi import WebhookVerificationError
from runapi import webhooks as signatures

from tests.tools.sign_fixtures import sign

from .cli_support import (
    NOW,
    TEST_SECRET,
    Delivery,
    forgeries,
    genuine,
    genuine_variants,
    invoke,
    run_process,
    signed_with_timestamp,
)

# Fixtures: imported by name, so pytest uses them in this module.
from .cli_support import isolated_env as isolated_env
from .cli_support import pinned_clock as pinned_clock

FUZZ = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)


FORGERIES = forgeries()


GENUINE = genuine_variants()


@pytest.mark.parametrize(("case", "delivery"), FORGERIES, ids=[c for c, _ in FORGERIES])
def test_the_sdk_refuses_every_forgery(case: str, delivery: Delivery) -> None:
    with pytest.raises(WebhookVerificationError):
        signatures.verify(delivery.body, delivery.headers, TEST_SECRET, now=NOW)


@pytest.mark.parametrize(("case", "delivery"), GENUINE, ids=[c for c, _ in GENUINE])
def test_the_sdk_accepts_every_genuine_delivery(case: str, delivery: Delivery) -> None:
    signatures.verify(delivery.body, delivery.headers, TEST_SECRET, now=NOW)


@pytest.mark.parametrize("digits", [13, 20, 400, 4300, 4301, 5000, 100_000])
def test_an_absurd_timestamp_is_a_verification_error(digits: int) -> None:
    """400 digits used to raise OverflowError, 5000 ValueError; each is a forgery."""
    delivery = signed_with_timestamp("9" * digits)
    with pytest.raises(WebhookVerificationError, match="X-Callback-Timestamp"):
        signatures.verify(delivery.body, delivery.headers, TEST_SECRET, tolerance=math.inf)
    with pytest.raises(WebhookVerificationError):
        signatures.verify(delivery.body, delivery.headers, TEST_SECRET, now=NOW)


@pytest.mark.parametrize("tolerance", [math.nan, -1.0])
def test_a_tolerance_that_would_disable_the_age_check_is_refused(tolerance: float) -> None:
    """NaN compares false with everything: the age check would pass any replay."""
    stale = genuine(timestamp=NOW - 86_400)
    with pytest.raises(ValueError, match="tolerance"):
        signatures.verify(stale.body, stale.headers, TEST_SECRET, tolerance=tolerance, now=NOW)


# ---------------------------------------------------------------------------------------------
# Property tests
# ---------------------------------------------------------------------------------------------

TEXT_VALUES = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="latin-1")),
    st.text(alphabet="0123456789 ,=+/-.", max_size=6000),
    st.binary().map(lambda b: base64.b64encode(b).decode()),
    st.lists(st.binary(min_size=32, max_size=32).map(lambda b: base64.b64encode(b).decode())).map(
        ",".join
    ),
)
TIMESTAMPS = st.one_of(
    TEXT_VALUES,
    st.integers(-(10**20), 10**20).map(str),
    st.from_regex(r"\s*[0-9]{1,6000}\s*", fullmatch=True),
)
#: The three callback headers (each may be missing), in any case, plus others.
FUZZED_HEADERS = st.fixed_dictionaries(
    {},
    optional={
        "X-Callback-Id": TEXT_VALUES,
        "x-callback-timestamp": TIMESTAMPS,
        "X-CALLBACK-SIGNATURE": TEXT_VALUES,
        "Content-Type": TEXT_VALUES,
        "X-Other": TEXT_VALUES,
    },
)


@FUZZ
@given(headers=FUZZED_HEADERS, body=st.binary(max_size=512))
def test_fuzzed_headers_only_ever_raise_the_verification_error(
    headers: dict[str, str], body: bytes
) -> None:
    with pytest.raises(WebhookVerificationError):
        signatures.verify(body, headers, TEST_SECRET)
    with pytest.raises(WebhookVerificationError):
        signatures.verify(body, headers, TEST_SECRET, tolerance=math.inf)


@FUZZ
@given(
    body=st.binary(max_size=2048),
    callback_id=st.text(
        alphabet=st.characters(codec="utf-8", exclude_characters=","), min_size=1
    ).filter(lambda s: s.strip() == s and s.isprintable()),
    skew=st.integers(-300, 300),
    junk=st.lists(st.text(alphabet=st.characters(codec="latin-1", exclude_characters=","))),
    position=st.integers(0, 20),
    case=st.sampled_from([str.lower, str.upper, str.title, str.strip]),
)
def test_a_genuine_delivery_is_never_refused(
    body: bytes,
    callback_id: str,
    skew: int,
    junk: list[str],
    position: int,
    case: Callable[[str], str],
) -> None:
    stamp = str(NOW + skew)
    candidates = list(junk)
    candidates.insert(min(position, len(candidates)), sign(callback_id, stamp, body))
    headers = {
        case("X-Callback-Id"): callback_id,
        case("X-Callback-Timestamp"): stamp,
        case("X-Callback-Signature"): ",".join(candidates),
    }
    signatures.verify(body, headers, TEST_SECRET, now=NOW)


@FUZZ
@given(
    body=st.binary(max_size=512),
    data=st.data(),
)
def test_any_change_to_a_genuine_delivery_is_refused(body: bytes, data: st.DataObject) -> None:
    real = genuine(body=body, timestamp=NOW)
    what = data.draw(st.sampled_from(["body", "id", "timestamp", "signature", "secret"]))
    headers = dict(real.headers)
    secret = TEST_SECRET
    if what == "body":
        extra = data.draw(st.binary(min_size=1, max_size=8))
        at = data.draw(st.integers(0, len(body)))
        body = body[:at] + extra + body[at:]
    elif what == "id":
        headers["X-Callback-Id"] += data.draw(st.text(min_size=1).filter(lambda s: s.strip()))
    elif what == "timestamp":
        headers["X-Callback-Timestamp"] = str(NOW + data.draw(st.integers(1, 299)))
    elif what == "signature":
        raw = bytearray(base64.b64decode(headers["X-Callback-Signature"]))
        index = data.draw(st.integers(0, len(raw) - 1))
        raw[index] ^= data.draw(st.integers(1, 255))
        headers["X-Callback-Signature"] = base64.b64encode(bytes(raw)).decode()
    else:
        secret = base64.b64encode(data.draw(st.binary(min_size=1))).decode()
        if secret == TEST_SECRET:
            return
    with pytest.raises(WebhookVerificationError):
        signatures.verify(body, headers, secret, now=NOW)


# ---------------------------------------------------------------------------------------------
# `runapi webhooks verify`
# ---------------------------------------------------------------------------------------------


def _verify_cli(tmp_path: Path, delivery: Delivery, *extra: str) -> tuple[int, str, str]:
    body = tmp_path / "body.bin"
    body.write_bytes(delivery.body)
    headers = tmp_path / "headers.json"
    headers.write_text(json.dumps(delivery.headers), encoding="utf-8")
    result = invoke(
        [
            "webhooks",
            "verify",
            "--secret",
            TEST_SECRET,
            "--headers",
            str(headers),
            *extra,
            str(body),
        ]
    )
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("case", "delivery"), FORGERIES, ids=[c for c, _ in FORGERIES])
@pytest.mark.usefixtures("pinned_clock")
def test_the_cli_refuses_every_forgery_with_exit_1(
    tmp_path: Path, case: str, delivery: Delivery
) -> None:
    code, out, err = _verify_cli(tmp_path, delivery)
    assert code == 1, err
    assert json.loads(out)["valid"] is False
    assert err.startswith("invalid: ")


@pytest.mark.parametrize(("case", "delivery"), GENUINE, ids=[c for c, _ in GENUINE])
@pytest.mark.usefixtures("pinned_clock")
def test_the_cli_accepts_every_genuine_delivery(
    tmp_path: Path, case: str, delivery: Delivery
) -> None:
    code, out, err = _verify_cli(tmp_path, delivery)
    assert code == 0, err
    assert json.loads(out)["valid"] is True


def test_the_cli_checks_the_age_against_the_real_clock(tmp_path: Path) -> None:
    """Unpinned, far from the boundary: a delivery signed now passes, one a day old does not."""
    now = int(time.time())
    code, _out, err = _verify_cli(tmp_path, genuine(timestamp=now))
    assert code == 0, err
    code, out, err = _verify_cli(tmp_path, genuine(timestamp=now - 86_400))
    assert code == 1, err
    assert "too old" in json.loads(out)["reason"]


@pytest.mark.parametrize("digits", [400, 5000])
def test_the_cli_refuses_an_absurd_timestamp_even_ignoring_the_age(
    tmp_path: Path, digits: int
) -> None:
    delivery = signed_with_timestamp("9" * digits)
    for extra in ([], ["--ignore-timestamp"]):
        code, out, err = _verify_cli(tmp_path, delivery, *extra)
        assert code == 1, err
        assert "X-Callback-Timestamp" in json.loads(out)["reason"]


@pytest.mark.parametrize("tolerance", ["nan", "inf", "-1", "abc"])
def test_the_cli_refuses_a_tolerance_that_is_not_a_finite_number(
    tmp_path: Path, tolerance: str
) -> None:
    """`--tolerance nan` used to accept a replay of any age; `--ignore-timestamp` says it."""
    stale = genuine(timestamp=int(time.time()) - 86_400)
    code, _out, err = _verify_cli(tmp_path, stale, "--tolerance", tolerance)
    assert code == 2, err


@pytest.mark.parametrize("secret", ["not base64!", "", "===="])
def test_a_bad_secret_is_a_usage_error_not_a_forgery(tmp_path: Path, secret: str) -> None:
    body = tmp_path / "body.bin"
    body.write_bytes(b"{}")
    result = invoke(["webhooks", "verify", "--secret", secret, str(body)])
    assert result.exit_code == 2, result.output


def test_absurd_timestamps_as_a_process(tmp_path: Path) -> None:
    delivery = signed_with_timestamp("9" * 5000)
    body = tmp_path / "body.bin"
    body.write_bytes(delivery.body)
    lines = [arg for k, v in delivery.headers.items() for arg in ("--header", f"{k}: {v}")]
    done = run_process(
        ["webhooks", "verify", *lines, str(body)], {"RUNAPI_WEBHOOK_SECRET": TEST_SECRET}
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
