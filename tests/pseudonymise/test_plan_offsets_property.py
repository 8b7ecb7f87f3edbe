"""No plan can wedge a transcript: every item's text is the transcript's text at its offsets.

A detector may normalise what it returns (e.g. "Сакулов" for the lower-case "сакулов" in the text); the plan
must still record the transcript's own characters, or applying it fails forever with "plan item ... does not
match the transcript text" (issue 15, found by the vault evaluation on a whole transcript).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from intake.pseudonymise.apply import apply_to_segments
from intake.pseudonymise.entities import register
from intake.pseudonymise.matcher import Matcher
from intake.pseudonymise.plan import Planner, make_plan
from intake.pseudonymise.policy import preset
from intake.pseudonymise.registry import MemoryStore
from intake.pseudonymise.spans import Span

SAKULOV = register("Сергей Сакулов", "person", ["Łukasz"])
WORDS = ["Сакулов", "сакулов", "Сергей", "ну", "э-э", "вот", "Ёлка", "ИК-4", "İstanbul", "ß", "Łukasz", "ﬁle", "в",
         "Minsk"]


def normalising_detect(text: str, language: str) -> list[Span]:
    """A detector that returns capitalised/case-folded surfaces, not the text's own characters."""
    out = []
    for word in ("сакулов", "сергей", "łukasz", "minsk"):
        lowered = text.lower()
        pos = lowered.find(word)
        while pos >= 0:
            if text[pos : pos + len(word)].lower() == word:
                out.append(Span(pos, pos + len(word), "PERSON", word.capitalize(), 0.9, "test"))
            pos = lowered.find(word, pos + 1)
    return sorted(out)


@st.composite
def segments(draw: st.DrawFn) -> list[str]:
    def one() -> st.SearchStrategy[str]:
        word = st.sampled_from(WORDS)
        cased = st.tuples(word, st.sampled_from(["keep", "lower", "upper", "title"])).map(
            lambda p: {"keep": p[0], "lower": p[0].lower(), "upper": p[0].upper(), "title": p[0].title()}[p[1]])
        return st.lists(cased, min_size=1, max_size=12).map(" ".join)

    return draw(st.lists(one(), min_size=1, max_size=4))


@settings(max_examples=150, deadline=None)
@given(segments())
def test_plan_items_hold_the_transcript_text_and_apply(segs: list[str]) -> None:
    planner = Planner(preset("strict"), MemoryStore(), "ru", Matcher([SAKULOV]))
    plan = make_plan(segs, planner, normalising_detect)
    for item in plan.items:
        assert segs[item.segment][item.start : item.end] == item.original
    apply_to_segments([_Seg(0.0, 1.0, s) for s in segs], plan)  # never raises "does not match"


class _Seg:
    def __init__(self, start: float, end: float, text: str) -> None:
        self.start, self.end, self.text = start, end, text
