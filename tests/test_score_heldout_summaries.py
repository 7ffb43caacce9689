"""benchmarks/score_heldout_summaries.py scores what POST /summarize serves."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "score_heldout_summaries.py"

LEAD = [
    "The city council approved a new budget for the harbour on Monday night.",
    "The plan sets aside money to dredge the channel and repair two piers.",
    "Work is due to start in the spring and last about eighteen months.",
]
REST = [
    "Fishermen said the silted channel had cost them catches for years.",
    "One councillor voted against the plan, citing the cost to taxpayers.",
    "A public meeting on the details will be held next month.",
]


def _rows(output: str) -> dict[str, list[str]]:
    rows = {}
    for line in output.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[1][:1].isdigit():
            rows[cells[0]] = cells[1:]
    return rows


def test_lead_scores_full_marks_when_the_reference_is_the_lead(tmp_path: Path) -> None:
    records = [
        {"id": "harbour", "text": " ".join(LEAD + REST), "reference": LEAD},
        {"id": "harbour-paragraphs", "text": "\n\n".join(LEAD + REST), "reference": " ".join(LEAD)},
    ]
    data = tmp_path / "articles.jsonl"
    data.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")

    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(data), "--algorithms", "lead", "--resamples", "50"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )

    rows = _rows(result.stdout)
    assert "2 articles through POST /summarize" in result.stdout
    assert rows["lead"][:3] == ["100.0", "100.0", "100.0"]
    assert "**news** (default)" in rows
    # The default is never above a perfect score: the bootstrap says so on every measure.
    assert rows["lead"][3] == "0.00 / 0.00 / 0.00"
