"""Property-based contract test: generated requests against the app's own OpenAPI document.

schemathesis builds valid and invalid requests from `/openapi.json` and checks every
answer: no 5xx, responses that match their documented schemas and content types,
schema-valid requests accepted, invalid ones rejected with a 4xx.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings

from api import create_app

schema = schemathesis.openapi.from_wsgi("/openapi.json", create_app())


@schema.parametrize()
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_api_keeps_the_contract_of_its_own_openapi_document(case: schemathesis.Case) -> None:
    case.call_and_validate()
