from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api import create_app
from summarizers.algorithms import ALGORITHMS

PROBLEM = "application/problem+json"


def assert_problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == PROBLEM
    body: dict[str, Any] = response.get_json(force=True)
    assert body["status"] == status
    assert body["type"] == "about:blank"
    assert body["title"] and body["detail"]
    return body


def test_the_example_article_gives_three_clean_sentences(
    client: FlaskClient, example_request: dict[str, Any], example_expectations: dict[str, Any]
) -> None:
    response = client.post("/summarize", json=example_request)
    assert response.status_code == 200
    body = response.get_json()
    text = example_request["text"]
    sentences = body["summary"]["sentences"]
    assert len(sentences) == 3
    for sentence in sentences:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
        for furniture in example_expectations["summary"]["must_not_contain"]:
            assert furniture not in sentence["text"]
        assert 0.0 <= sentence["score"] <= 1.0
    starts = [sentence["start"] for sentence in sentences]
    assert starts == sorted(starts)
    standfirst_and_lead = {"Netflix has sparked outrage after", "Netflix has sparked outrage by"}
    assert sum(any(s["text"].startswith(p) for p in standfirst_and_lead) for s in sentences) <= 1
    assert body["title"] == "Netflix posts $1.3 million artificial intelligence job as actors strike"
    assert body["language"] == "english"
    assert body["reference_date"] == "2023-07-27"
    assert body["reference_date_source"] == "request"
    assert body["summary"]["text"] == " ".join(s["text"] for s in sentences)
    assert body["stats"] == {
        "characters": len(text),
        "words": body["stats"]["words"],
        "sentences": 48,
        "paragraphs": 39,
    }
    assert body["stats"]["words"] > 900


@pytest.mark.parametrize("algorithm", sorted(ALGORITHMS))
def test_every_algorithm_can_be_chosen_by_name(
    client: FlaskClient, example_request: dict[str, Any], algorithm: str
) -> None:
    response = client.post("/summarize", json={**example_request, "algorithm": algorithm, "sentences": 4})
    assert response.status_code == 200
    summary = response.get_json()["summary"]
    assert summary["algorithm"] == algorithm
    assert len(summary["sentences"]) == 4
    assert len({s["index"] for s in summary["sentences"]}) == 4


def test_the_example_article_lists_its_key_figures_with_currencies_and_equivalents(
    client: FlaskClient, example_request: dict[str, Any]
) -> None:
    body = client.post("/summarize", json={**example_request, "max_figures": 20}).get_json()
    figures = {figure["text"]: figure for figure in body["key_figures"]}
    salary = next(f for f in figures.values() if f["text"].startswith("US$300,000 and $900,000"))
    assert (salary["min"], salary["max"], salary["currency"], salary["per"]) == (
        300000,
        900000,
        "USD",
        "year",
    )
    assert salary["equivalents"][0]["currency"] == "AUD"
    assert figures["$1.3 million"]["currency"] != "USD"
    starts = [figure["start"] for figure in body["key_figures"]]
    assert starts == sorted(starts)
    for figure in body["key_figures"]:
        assert example_request["text"][figure["start"] : figure["end"]] == figure["text"]
    assert body["notes"] == []


def test_max_figures_caps_the_key_figures(client: FlaskClient, example_request: dict[str, Any]) -> None:
    body = client.post("/summarize", json={**example_request, "max_figures": 2}).get_json()
    assert len(body["key_figures"]) == 2
    assert "summary" in body


def test_a_language_without_figure_rules_gets_an_empty_list_and_a_note(client: FlaskClient) -> None:
    text = "Die Preise stiegen um 5 Prozent. Die Löhne stiegen nicht. Der Minister schwieg."
    body = client.post("/summarize", json={"text": text, "language": "de"}).get_json()
    assert body["key_figures"] == []
    assert any(note.startswith("key_figures:") for note in body["notes"])


def test_a_digest_for_chat_is_given_only_when_asked_for_and_fits_its_budget(
    client: FlaskClient, example_request: dict[str, Any]
) -> None:
    assert "digest" not in client.post("/summarize", json=example_request).get_json()
    body = client.post(
        "/summarize", json={**example_request, "include": ["digest"], "digest_max_chars": 500}
    ).get_json()
    assert set(body) >= {"digest", "title"} and "summary" not in body and "key_figures" not in body
    assert len(body["digest"]) <= 500
    assert body["digest"].startswith(body["title"] + "\n\n• ")


def test_sort_by_rank_puts_the_best_sentence_first(
    client: FlaskClient, example_request: dict[str, Any]
) -> None:
    response = client.post("/summarize", json={**example_request, "sort_by": "rank", "sentences": 5})
    sentences = response.get_json()["summary"]["sentences"]
    assert [s["rank"] for s in sentences] == [1, 2, 3, 4, 5]
    assert sentences[0]["score"] == 1.0


def test_include_leaves_out_the_parts_not_asked_for(
    client: FlaskClient, example_request: dict[str, Any]
) -> None:
    body = client.post("/summarize", json={**example_request, "include": ["stats"]}).get_json()
    assert "summary" not in body
    assert body["stats"]["paragraphs"] == 39


def test_a_whole_number_written_with_a_decimal_point_is_an_integer_as_in_json_schema(
    client: FlaskClient, example_request: dict[str, Any]
) -> None:
    response = client.post("/summarize", json={**example_request, "sentences": 4.0, "max_figures": 2.0})
    assert response.status_code == 200
    body = response.get_json()
    assert (len(body["summary"]["sentences"]), len(body["key_figures"])) == (4, 2)


def test_a_language_can_be_named_by_its_code(client: FlaskClient) -> None:
    response = client.post("/summarize", json={"text": "Prices rose. Wages did not.", "language": "en"})
    assert response.status_code == 200
    assert response.get_json()["language"] == "english"


def test_the_example_timeline_dates_the_writers_strike_before_the_actors_strike(
    client: FlaskClient, example_request: dict[str, Any]
) -> None:
    timeline = client.post("/summarize", json=example_request).get_json()["timeline"]
    by_expression = {entry["expression"]: entry for entry in timeline}
    writers, actors = by_expression["three months ago"], by_expression["earlier this month"]
    assert (writers["date"], writers["granularity"]) == ("2023-04", "month")
    assert (actors["date"], actors["granularity"]) == ("2023-07", "month")
    assert timeline.index(writers) < timeline.index(actors)
    assert "stopped work" in writers["event"] and "Writers Guild" in writers["event"]
    assert "industrial action" in actors["event"]
    assert [entry["start_date"] for entry in timeline] == sorted(entry["start_date"] for entry in timeline)


def test_without_a_reference_date_the_response_resolves_against_today(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from api.views import summarize as view

    monkeypatch.setattr(view, "today_utc", lambda: date(2024, 2, 10))
    text = "Writers stopped work three months ago. Actors walked out last week."
    body = client.post("/summarize", json={"text": text}).get_json()
    assert (body["reference_date"], body["reference_date_source"]) == ("2024-02-10", "today")
    assert body["timeline"][0]["date"] == "2023-11"


def test_a_dateline_in_the_text_is_the_reference_date_when_the_request_has_none(client: FlaskClient) -> None:
    text = "Published July 27, 2023\nThe writers stopped work three months ago, the union said."
    body = client.post("/summarize", json={"text": text}).get_json()
    assert (body["reference_date"], body["reference_date_source"]) == ("2023-07-27", "text")
    assert body["timeline"][0]["date"] == "2023-04"


def test_temporal_expressions_are_listed_only_when_asked_for(
    client: FlaskClient, example_request: dict[str, Any]
) -> None:
    assert "temporal_expressions" not in client.post("/summarize", json=example_request).get_json()
    body = client.post("/summarize", json={**example_request, "include": ["temporal_expressions"]}).get_json()
    expressions = {e["text"]: e for e in body["temporal_expressions"]}
    assert expressions["earlier this month"] == {
        "text": "earlier this month",
        "start": 1001,
        "end": 1019,
        "type": "DATE",
        "value": "2023-07",
        "mod": "START",
    }
    assert example_request["text"][1001:1019] == "earlier this month"


def test_a_date_time_reference_date_is_kept_as_its_date(client: FlaskClient) -> None:
    body = client.post(
        "/summarize", json={"text": "Prices rose.", "reference_date": "2023-07-27T23:30:00+10:00"}
    ).get_json()
    assert body["reference_date"] == "2023-07-27"


def test_health_reports_ok_and_the_version(client: FlaskClient) -> None:
    body = client.get("/health").get_json()
    assert body["status"] == "ok"
    assert body["version"].count(".") == 2


def test_algorithms_lists_every_algorithm_with_its_languages(client: FlaskClient) -> None:
    algorithms = client.get("/algorithms").get_json()["algorithms"]
    assert {a["name"] for a in algorithms} == set(ALGORITHMS)
    assert sum(a["default"] for a in algorithms) == 1
    for algorithm in algorithms:
        assert "english" in algorithm["languages"]
        assert algorithm["description"]


def test_malformed_json_is_a_400_problem(client: FlaskClient) -> None:
    response = client.post("/summarize", data='{"text": "unfinished', content_type="application/json")
    assert_problem(response, 400)


def test_json_nested_too_deeply_to_decode_is_a_400_problem(client: FlaskClient) -> None:
    body = '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    assert_problem(client.post("/summarize", data=body, content_type="application/json"), 400)


def test_a_body_that_is_not_json_is_a_415_problem(client: FlaskClient) -> None:
    response = client.post("/summarize", data="text=hello", content_type="application/x-www-form-urlencoded")
    assert_problem(response, 415)
    assert_problem(client.post("/summarize", data="hello"), 415)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "text"),
        ({"text": "   \n "}, "text"),
        ({"text": 42}, "text"),
        ({"text": "Some news.", "unknown": 1}, "unknown"),
        ({"text": "Some news.", "sentences": 0}, "sentences"),
        ({"text": "Some news.", "sentences": 21}, "sentences"),
        ({"text": "Some news.", "sentences": "3"}, "sentences"),
        ({"text": "Some news.", "sentences": 2.5}, "sentences"),
        ({"text": "Some news.", "sentences": True}, "sentences"),
        ({"text": "Some news.", "algorithm": "magic"}, "algorithm"),
        ({"text": "Some news.", "language": "klingon"}, "language"),
        ({"text": "Some news.", "sort_by": "length"}, "sort_by"),
        ({"text": "Some news.", "include": ["everything"]}, "include.0"),
        ({"text": "Some news.", "reference_date": "27/07/2023"}, "reference_date"),
        ({"text": "Some news.", "title": ["a"]}, "title"),
        ({"text": "Some news.", "max_figures": 0}, "max_figures"),
        ({"text": "Some news.", "max_figures": 201}, "max_figures"),
        ({"text": "Some news.", "digest_max_chars": 79}, "digest_max_chars"),
    ],
)
def test_invalid_fields_are_a_422_problem_naming_each_field(
    client: FlaskClient, body: dict[str, Any], field: str
) -> None:
    problem = assert_problem(client.post("/summarize", json=body), 422)
    assert field in problem["errors"], problem
    assert all(isinstance(message, str) for message in problem["errors"][field])


def test_a_json_body_that_is_not_an_object_is_a_422_problem(client: FlaskClient) -> None:
    problem = assert_problem(client.post("/summarize", json=["text"]), 422)
    assert "_schema" in problem["errors"]


def test_text_longer_than_max_text_chars_is_a_422_problem() -> None:
    client = create_app({"TESTING": True, "MAX_TEXT_CHARS": 50}).test_client()
    problem = assert_problem(client.post("/summarize", json={"text": "word " * 20}), 422)
    assert "at most 50 characters" in problem["errors"]["text"][0]


def test_a_body_over_max_content_length_is_a_413_problem() -> None:
    client = create_app({"TESTING": True, "MAX_CONTENT_LENGTH": 1000}).test_client()
    response = client.post(
        "/summarize", data=json.dumps({"text": "word " * 1000}), content_type="application/json"
    )
    assert_problem(response, 413)


def test_an_unknown_path_is_a_404_problem(client: FlaskClient) -> None:
    assert_problem(client.get("/nowhere"), 404)


def test_a_wrong_method_is_a_405_problem_with_the_allowed_methods(client: FlaskClient) -> None:
    response = client.get("/summarize")
    assert_problem(response, 405)
    assert "POST" in response.headers["Allow"]
    assert_problem(client.post("/health", json={}), 405)


def test_an_unexpected_failure_is_a_500_problem_without_a_stack_trace(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from api.views import summarize as view

    def explode(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(view, "summarize_article", explode)
    client = create_app().test_client()
    response = client.post("/summarize", json={"text": "Some news."})
    problem = assert_problem(response, 500)
    assert "secret" not in json.dumps(problem)
    assert "Traceback" not in response.get_data(as_text=True)


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(max_size=400),
    extra=st.dictionaries(
        st.sampled_from(
            ["sentences", "algorithm", "language", "sort_by", "include", "title", "reference_date"]
        ),
        _json_values,
        max_size=3,
    ),
)
def test_any_unicode_text_and_any_fields_give_a_summary_or_a_documented_4xx(
    client: FlaskClient, text: str, extra: dict[str, Any]
) -> None:
    response = client.post("/summarize", json={"text": text, **extra})
    assert response.status_code in (200, 422), response.get_data(as_text=True)
    body = response.get_json(force=True)
    if response.status_code == 200:
        for sentence in body.get("summary", {}).get("sentences", []):
            assert text[sentence["start"] : sentence["end"]] == sentence["text"]
    else:
        assert response.mimetype == PROBLEM and body["errors"]
