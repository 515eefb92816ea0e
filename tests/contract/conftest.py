"""Contract tests: the generated client replayed against the recorded fixtures.

Every test here runs without a network: requests go to https://api.test through an httpx mock
transport (or respx), which answers with recorded responses.
"""
