from __future__ import annotations

from summarizers.memo import WordMemo


def test_a_word_is_worked_out_once_and_the_table_stays_bounded() -> None:
    asked: list[str] = []

    def answer(word: str) -> str:
        asked.append(word)
        return word.upper()

    memo = WordMemo(answer, limit=2)
    assert [memo["a"], memo["a"], memo["b"]] == ["A", "A", "B"]
    assert asked == ["a", "b"]
    assert memo["c"] == "C"
    assert len(memo) == 1, "full at two words: cleared before the third"
    assert asked == ["a", "b", "c"]
